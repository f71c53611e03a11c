package io.drillbook.infra.report;

import io.drillbook.core.report.ComplianceLine;
import io.drillbook.core.report.CoverFacts;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The heat map as a figure: one row per system and environment, one column per day (or per week or
 * month for long periods, showing the worst day in it), coloured by the worst of RPO, RTO and drill
 * freshness. Days not scored (no policy yet, after the as-of time) stay white.
 */
final class PdfHeatMap {
    private static final float LABEL = 130;
    private static final float ROW = 9;
    private static final String ORDER = "-UCASB";

    private PdfHeatMap() {
    }

    static void draw(PdfLayout pdf, List<ComplianceLine> lines, CoverFacts c) throws IOException {
        pdf.newPage();
        pdf.heading("Compliance heat map", 13, 80);
        if (lines.isEmpty()) {
            pdf.paragraph(9, "No system or environment in scope.");
            return;
        }
        int days = lines.get(0).daily().length();
        int group = days <= 120 ? 1 : days <= 840 ? 7 : 30;
        int columns = (days + group - 1) / group;
        float cell = (pdf.width() - LABEL) / columns;
        pdf.paragraph(8, "Each cell is " + (group == 1 ? "one day" : group == 7 ? "one week (its worst day)" : "30 days (the worst day)")
                + " from " + c.from() + " to " + c.to() + ", the worst of RPO, RTO and drill freshness.");
        legend(pdf);
        for (ComplianceLine l : lines) {
            pdf.ensure(ROW + 2);
            float top = pdf.y();
            pdf.text(pdf.regular().font(), 7, PdfLayout.MARGIN, top - ROW + 2, pdf.regular().clean(l.system() + "/" + l.environment()));
            for (int col = 0; col < columns; col++) {
                char worst = worst(l.daily(), col * group, Math.min(days, (col + 1) * group));
                pdf.fill(PdfLayout.MARGIN + LABEL + col * cell, top - ROW, Math.max(cell - 0.4f, 0.3f), ROW - 1, colour(worst));
            }
            pdf.down(ROW);
        }
        pdf.down(4);
        pdf.paragraph(7, "First column " + LocalDate.parse(c.from()) + ", last column ends " + c.to() + ".");
    }

    private static void legend(PdfLayout pdf) throws IOException {
        pdf.ensure(14);
        float x = PdfLayout.MARGIN;
        float top = pdf.y() - 10;
        String[][] keys = {{"C", "compliant"}, {"A", "at risk"}, {"S", "stale drill"}, {"B", "breach"}, {"U", "unknown"},
            {"-", "not scored"}};
        for (String[] k : keys) {
            pdf.fill(x, top, 8, 8, colour(k[0].charAt(0)));
            pdf.text(pdf.regular().font(), 7, x + 11, top + 1, k[1]);
            x += 20 + pdf.regular().width(7, k[1]);
        }
        pdf.down(14);
    }

    private static char worst(String daily, int from, int to) {
        char worst = '-';
        for (int i = from; i < to; i++) {
            if (ORDER.indexOf(daily.charAt(i)) > ORDER.indexOf(worst)) {
                worst = daily.charAt(i);
            }
        }
        return worst;
    }

    private static Color colour(char status) {
        return switch (status) {
            case 'C' -> new Color(0x3C, 0xA5, 0x5C);
            case 'A' -> new Color(0xF2, 0xB1, 0x34);
            case 'S' -> new Color(0x8E, 0x6C, 0xC0);
            case 'B' -> new Color(0xD6, 0x3A, 0x3A);
            case 'U' -> new Color(0xC8, 0xC8, 0xC8);
            default -> new Color(0xF7, 0xF7, 0xF7);
        };
    }
}
