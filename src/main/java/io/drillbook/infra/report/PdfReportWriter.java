package io.drillbook.infra.report;

import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.CoverFacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report for people: a cover with the chain's head hash, one section per record kind as a
 * table that breaks across pages, "Page n of m" footers and an appendix on verifying the bundle.
 */
public final class PdfReportWriter {

    public byte[] write(AuditReport report) {
        try (PdfLayout pdf = new PdfLayout()) {
            cover(pdf, report.cover());
            List<ReportRows.Table> tables = ReportRows.tables(report);
            for (ReportRows.Table t : tables.subList(1, tables.size())) {
                section(pdf, t);
            }
            pdf.newPage();
            pdf.heading("Appendix: how to verify the bundle", 14);
            pdf.paragraph(pdf.regular(), 9, VerifyInstructions.TEXT);
            return pdf.finish(report.cover().title() + report.cover().generatedAt() + report.cover().headHash());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF report", e);
        }
    }

    private static void cover(PdfLayout pdf, CoverFacts c) throws IOException {
        pdf.gap(120);
        pdf.heading("Drillbook", 26);
        pdf.heading(c.title(), 18);
        pdf.gap(20);
        for (Object[] fact : ReportRows.cover(c)) {
            pdf.paragraph(pdf.regular(), 10, fact[0].toString().replace('_', ' ') + ": " + fact[1]);
        }
        pdf.gap(10);
        pdf.paragraph(PdfLayout.BOLD, 10, "Chain head hash:");
        pdf.paragraph(PdfLayout.MONO, 9, c.headHash());
        pdf.newPage();
    }

    private static void section(PdfLayout pdf, ReportRows.Table t) throws IOException {
        pdf.heading(t.title(), 13);
        if (t.rows().isEmpty()) {
            pdf.paragraph(pdf.regular(), 9, "None in this period.");
            return;
        }
        pdf.table(t.header(), widths(pdf.width(), t.header()), t.rows());
    }

    /** Columns share the width, hashes and payloads getting more. */
    private static float[] widths(float total, String[] header) {
        float[] weights = new float[header.length];
        float sum = 0;
        for (int i = 0; i < header.length; i++) {
            String h = header[i];
            weights[i] = h.contains("hash") || h.equals("payload") || h.equals("detail") || h.equals("reason") ? 2.2f
                    : h.equals("seq") || h.endsWith("days") || h.equals("steps") || h.equals("gaps") ? 0.6f : 1f;
            sum += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weights[i] / sum * total;
        }
        return weights;
    }
}
