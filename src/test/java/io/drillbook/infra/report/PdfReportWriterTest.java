package io.drillbook.infra.report;

import io.drillbook.core.report.AuditReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF opened again with PDFBox and its text checked for the facts an auditor looks for. */
class PdfReportWriterTest {
    @TempDir
    Path dir;
    ReportFixture fx;

    @BeforeEach
    void open() {
        fx = new ReportFixture(dir).seed();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private AuditReport report() {
        return fx.octoberReport();
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    void coverShowsTheHeadHashAndEveryPageItsNumber() throws IOException {
        AuditReport report = report();
        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().write(report))) {
            int pages = doc.getNumberOfPages();
            assertThat(pageText(doc, 1)).contains(report.cover().headHash(), "2026-10-01", "carol");
            for (int p = 1; p <= pages; p++) {
                assertThat(pageText(doc, p)).contains("Page " + p + " of " + pages);
            }
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Restore drills", "shop", "shop-db restore", "Drain traffic", "no-go",
                    "Appendix: how to verify the bundle", "sha256sum -c MANIFEST.sha256");
        }
    }

    @Test
    void longTableBreaksAcrossPagesRepeatingItsHeaderRow() throws IOException {
        for (int i = 0; i < 150; i++) {
            fx.log.record("backup.imported", "shop/prod", Map.of("count", i));
        }
        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().write(report()))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(4);
            int withEventHeader = 0;
            for (int p = 1; p <= pages; p++) {
                String text = pageText(doc, p);
                if (text.contains("backup.imported")) {
                    assertThat(text).as("page " + p).contains("prev_hash");
                    withEventHeader++;
                }
            }
            assertThat(withEventHeader).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void namesInOtherScriptsPrintAsWrittenAndWhatTheFontLacksAsQuestionMarks() throws IOException {
        fx.log.record("gap.opened", "Zürich-Ωmega/prod", Map.of("description", "Восстановление не проверено 检查"));

        try (PDDocument doc = Loader.loadPDF(new PdfReportWriter().write(report()))) {
            String all = new PDFTextStripper().getText(doc);

            assertThat(all).contains("Zürich-Ωmega/prod", "gap.opened");
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }

    @Test
    void sameReportGivesTheSamePdfBytes() {
        AuditReport report = report();
        assertThat(new PdfReportWriter().write(report)).isEqualTo(new PdfReportWriter().write(report));
    }
}
