package io.drillbook.infra.report;

import io.drillbook.core.report.ComplianceLine;
import io.drillbook.core.report.CoverFacts;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The heat map as a figure: one row per system and environment, one column per day (or per week or
 * 30 days for long periods, showing the worst day in it), coloured by the worst of RPO, RTO and
 * drill freshness, with dates along the top. Days not scored (no policy yet, after the as-of time)
 * stay white.
 */
final class PdfHeatMap {
    private static final float LABEL = 130;
    private static final String ORDER = "-UCASB";

    private PdfHeatMap() {
    }

    static void draw(PdfLayout pdf, List<ComplianceLine> lines, CoverFacts c) throws IOException {
        pdf.heading("Compliance heat map", 13, 80);
        if (lines.isEmpty()) {
            pdf.paragraph(9, "No system or environment in scope.");
            return;
        }
        int days = lines.get(0).daily().length();
        int group = days <= 120 ? 1 : days <= 840 ? 7 : 30;
        int columns = (days + group - 1) / group;
        float cell = (pdf.width() - LABEL) / columns;
        float row = lines.size() <= 25 ? 14 : 9;
        pdf.paragraph(8, "Each cell is " + (group == 1 ? "one day" : group == 7 ? "one week (its worst day)" : "30 days (the worst day)")
                + " from " + c.from() + " to " + c.to() + ", coloured by the worst of RPO, RTO and drill freshness that day.");
        legend(pdf);
        ticks(pdf, LocalDate.parse(c.from()), group, columns, cell);
        for (ComplianceLine l : lines) {
            if (pdf.y() - row < 50) {
                pdf.newPage();
                ticks(pdf, LocalDate.parse(c.from()), group, columns, cell);
            }
            float top = pdf.y();
            pdf.text(pdf.regular().font(), 7.5f, PdfLayout.MARGIN, top - row + 3, pdf.regular().clean(l.system() + "/" + l.environment()));
            for (int col = 0; col < columns; col++) {
                char worst = worst(l.daily(), col * group, Math.min(days, (col + 1) * group));
                pdf.fill(PdfLayout.MARGIN + LABEL + col * cell, top - row, Math.max(cell - 0.6f, 0.4f), row - 1.5f, colour(worst));
            }
            pdf.down(row);
        }
        pdf.down(6);
    }

    private static void ticks(PdfLayout pdf, LocalDate from, int group, int columns, float cell) throws IOException {
        float label = pdf.regular().width(6.5f, "2026-10-01") + 6;
        int every = Math.max(1, (int) Math.ceil(label / cell));
        float top = pdf.y() - 9;
        for (int col = 0; col < columns; col += every) {
            pdf.text(pdf.regular().font(), 6.5f, PdfLayout.MARGIN + LABEL + col * cell, top, from.plusDays((long) col * group).toString());
        }
        pdf.down(12);
    }

    private static void legend(PdfLayout pdf) throws IOException {
        pdf.ensure(16);
        float x = PdfLayout.MARGIN;
        float top = pdf.y() - 10;
        String[][] keys = {{"C", "compliant"}, {"A", "at risk"}, {"S", "stale drill"}, {"B", "breach"}, {"U", "unknown (no data)"},
            {"-", "not scored (no policy yet, or after the as-of time)"}};
        for (String[] k : keys) {
            pdf.fill(x, top, 8, 8, colour(k[0].charAt(0)));
            pdf.text(pdf.regular().font(), 7, x + 11, top + 1, k[1]);
            x += 24 + pdf.regular().width(7, k[1]);
        }
        pdf.down(16);
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
            default -> new Color(0xF2, 0xF2, 0xF2);
        };
    }
}
