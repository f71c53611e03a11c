package io.drillbook.infra.report;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML report: the verification statement up front, people's units, and tables that wrap to the window. */
class HtmlReportWriterTest {
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

    @Test
    void statementFullDatesHumanDurationsAndWrappingTables() throws Exception {
        String html = new String(new HtmlReportWriter().write(fx.octoberReport()), StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/report-sample.html"), html);
        assertThat(html).contains("The evidence chain of 31 events was verified at 2026-11-01 09:00:00 UTC");
        assertThat(html).contains("<td>23 min</td>", "<td>2026-10-05 02:00:00 UTC</td>", "<td>not demonstrated</td>",
                "<td>COMPLETED</td>", ReportFixture.LONG_RUN);
        assertThat(html).contains("table{border-collapse:collapse;margin:0 0 2em;font-size:12px;width:100%",
                "overflow-wrap:anywhere", "name=\"viewport\"");
        assertThat(html).doesNotContain("PT23M");
    }
}
