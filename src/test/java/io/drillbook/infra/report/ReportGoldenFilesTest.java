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
 * change, regenerate them with {@code -Ddrillbook.golden.update=DIR}, read them, and only then copy
 * them to src/test/resources/report.
 *
 * <p>What a person checked in the files committed on 2026-12-04 (report format 2), against
 * ReportFixture's events:
 * <ul>
 * <li>drills.csv: drill-1 restored snap-4 (completed 02:00) at 08:00, so backup age 6 h against 24 h,
 *     recovery 23 min (19 automated, 4 manual) against 4 h: PASSED, RPO and RTO met; the failed drill
 *     (whose evidence says rtoMet: true) reads "not demonstrated" for both.</li>
 * <li>drill_steps.csv: three rows per drill (restore step with exit status 0, the manual step confirmed
 *     by bob at 08:19, the check expected {@code >= 5000} actual 6000, or 12 and FAILED with its message).</li>
 * <li>playbook_runs.csv / playbook_steps.csv / playbook_timeline.csv: one run, pb-1, COMPLETED, two
 *     steps by carol, eight timeline lines from started to freeze lifted; no line for the playbook's
 *     save or dry-run.</li>
 * <li>gate_decisions.csv / waivers.csv: the no-go names the failing gate and its reason, not the
 *     passing one; the waiver is dave's with its expiry.</li>
 * <li>gaps.csv / open_gaps.csv: bob's gap, due 2026-10-19, OPEN and overdue as of 2026-11-01.</li>
 * <li>compliance.csv: crm's policy starts 10-15, so 17 scored days, all unknown (no backups): no
 *     data; shop 31 scored days, 11 RPO breach days (10-21..10-31, the last backup completed 10-20
 *     01:30), 27 RTO breach days (the newest drill failed on 10-05), newest passing drill 10-05.</li>
 * <li>report.csv / summary.csv: as of 2026-11-01 09:00 (the fixed as-of), chain of 31 events verified;
 *     1 passed, 1 failed, shop/prod out of policy, 1 open and overdue gap.</li>
 * <li>golden-report.json: the same content as JSON, validated by ReportSchemaTest.</li>
 * </ul>
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
        return fx.octoberReport();
    }

    @Test
    void jsonMatchesTheGoldenFile() throws IOException {
        assertMatchesGolden("golden-report.json", new JsonReportWriter().write(report()));
    }

    @Test
    void everyCsvFileMatchesItsGoldenFile() throws IOException {
        SortedMap<String, byte[]> files = new CsvReportWriter().files(report());
        assertThat(files).containsKeys("drills.csv", "drill_steps.csv", "events.csv", "playbook_timeline.csv", "waivers.csv",
                "gaps.csv", "playbook_steps.csv", "summary.csv");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertMatchesGolden("golden-csv/" + f.getKey(), f.getValue());
        }
    }

    @Test
    void everyFormatExportedTwiceFromTheSameEvidenceIsByteIdentical() throws IOException {
        ReportService service = fx.service();
        for (io.drillbook.core.report.ReportFormat format : io.drillbook.core.report.ReportFormat.values()) {
            Path first = service.export(ReportFixture.october(), format, dir.resolve("one/report-" + format));
            Path second = service.export(ReportFixture.october(), format, dir.resolve("two/report-" + format));
            if (Files.isDirectory(first)) {
                try (var names = Files.list(first)) {
                    for (Path f : names.toList()) {
                        assertThat(Files.readAllBytes(second.resolve(f.getFileName()))).as(format + " " + f.getFileName())
                                .isEqualTo(Files.readAllBytes(f));
                    }
                }
            } else {
                assertThat(Files.readAllBytes(second)).as(format.name()).isEqualTo(Files.readAllBytes(first));
            }
        }
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
