package io.drillbook.infra.report;

import io.drillbook.core.report.AuditReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixed events and a fixed clock give exactly the committed JSON and CSV files. After a deliberate
 * change, regenerate them with {@code -Ddrillbook.golden.update=src/test/resources/report}.
 */
class ReportGoldenFilesTest {
    private static final String UPDATE = System.getProperty("drillbook.golden.update");

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
        return fx.builder().build(ReportFixture.october(), ReportFixture.GENERATED_AT, "carol");
    }

    @Test
    void jsonMatchesTheGoldenFile() throws IOException {
        assertMatchesGolden("golden-report.json", new JsonReportWriter().write(report()));
    }

    @Test
    void everyCsvFileMatchesItsGoldenFile() throws IOException {
        SortedMap<String, byte[]> files = new CsvReportWriter().files(report());
        assertThat(files).containsKeys("drills.csv", "drill_steps.csv", "events.csv", "playbook_timeline.csv", "waivers.csv");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertMatchesGolden("golden-csv/" + f.getKey(), f.getValue());
        }
    }

    @Test
    void sameEvidenceGivesByteIdenticalJsonCsvAndBundle() {
        AuditReport first = report();
        AuditReport second = report();
        assertThat(new JsonReportWriter().write(second)).isEqualTo(new JsonReportWriter().write(first));
        assertThat(new CsvReportWriter().files(second).get("events.csv")).isEqualTo(new CsvReportWriter().files(first).get("events.csv"));
        ReportService service = fx.service();
        assertThat(service.bundle(second, service.segmentOf(second)))
                .isEqualTo(service.bundle(first, service.segmentOf(first)));
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesAndLineBreaksAndEndsLinesWithCrlf() {
        String gaps = new String(new CsvReportWriter().files(report()).get("open_gaps.csv"), StandardCharsets.UTF_8);
        assertThat(gaps).contains("\"role grant run by hand, \"\"app\"\" role\"");
        assertThat(gaps).endsWith("\r\n");
        assertThat(Csv.field("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(Csv.field("plain")).isEqualTo("plain");
    }

    private static void assertMatchesGolden(String name, byte[] actual) throws IOException {
        if (UPDATE != null) {
            Path file = Path.of(UPDATE).resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, actual);
            return;
        }
        try (InputStream golden = ReportGoldenFilesTest.class.getResourceAsStream("/report/" + name)) {
            assertThat(golden).as("golden file /report/" + name).isNotNull();
            assertThat(new String(actual, StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
