package io.drillbook.infra.report;

import io.drillbook.core.report.ReportFormat;
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
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bundle written from a real store, verified as an auditor would, then tampered with. */
class BundleTest {
    @TempDir
    Path dir;
    ReportFixture fx;
    Path bundle;

    @BeforeEach
    void export() throws IOException {
        fx = new ReportFixture(dir.resolve("db")).seed();
        Path output = Files.createDirectories(dir.resolve("data/outputs/drill-1")).resolve("restore.log");
        Files.writeString(output, "restored 6000 rows\nPGPASSWORD=hunter2 psql ...\n");
        fx.log.record("drill.step", "drill-1", Map.of("index", 9, "kind", "STEP", "name", "Full output", "state", "PASSED",
                "fullOutputPath", output.toString()));
        bundle = fx.service(dir.resolve("data/outputs")).export(ReportFixture.october(), ReportFormat.BUNDLE, dir.resolve("out/q4.zip"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    static SortedMap<String, byte[]> entries(Path zip) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    private Path rewritten(String name, UnaryOperator<String> change, boolean updateManifest) throws IOException {
        SortedMap<String, byte[]> files = entries(bundle);
        files.put(name, change.apply(new String(files.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        if (updateManifest) {
            files.remove(BundleWriter.MANIFEST);
            files.put(BundleWriter.MANIFEST, BundleWriter.manifest(files));
        }
        Path tampered = dir.resolve("tampered.zip");
        Files.write(tampered, DeterministicZip.of(files));
        return tampered;
    }

    @Test
    void untouchedBundleVerifies() throws IOException {
        BundleVerification v = new BundleVerifier().verify(bundle);
        assertThat(v.problems()).isEmpty();
        assertThat(v.eventsChecked()).isEqualTo(fx.evidence.head().orElseThrow().seq());
        assertThat(v.lastHash()).isEqualTo(fx.evidence.head().orElseThrow().hash());
    }

    @Test
    void bundleHoldsReportCsvsChainManifestAndRedactedFullOutput() throws IOException {
        SortedMap<String, byte[]> files = entries(bundle);
        assertThat(files).containsKeys("report.pdf", "report.json", "csv/drills.csv", "csv/events.csv", "chain/events.jsonl",
                "chain/segment.json", "chain/head.json", "chain/keys.json", "MANIFEST.sha256", "report.oscal.json",
                "outputs/" + fullOutputSeq() + "-restore.log");
        assertThat(new String(files.get("outputs/" + fullOutputSeq() + "-restore.log"), StandardCharsets.UTF_8)).contains("6000 rows").doesNotContain("hunter2");
        assertThat(new String(files.get("MANIFEST.sha256"), StandardCharsets.UTF_8)).matches("(?s)([0-9a-f]{64}  \\S+\n)+");
    }

    private long fullOutputSeq() {
        return fx.evidence.head().orElseThrow().seq();
    }

    @Test
    void editedReportWithARegeneratedManifestFailsNamingTheFirstDifferingRecord() throws IOException {
        Path tampered = rewritten("report.json", s -> s.replace("\"rtoVerdict\":\"not demonstrated\"", "\"rtoVerdict\":\"met\""), true);
        BundleVerification v = new BundleVerifier().verify(tampered);
        assertThat(v.isIntact()).isFalse();
        assertThat(v.problems()).singleElement().asString().isEqualTo("report.json: report.drills[1] (runId " + ReportFixture.LONG_RUN + ") differs from what the chain segment says: "
                + "rtoVerdict is \"met\" in the report but \"not demonstrated\" from the chain");
    }

    @Test
    void editedCsvWithARegeneratedManifestFailsNamingTheFileAndLine() throws IOException {
        Path tampered = rewritten("csv/playbook_runs.csv", s -> s.replace("COMPLETED", "FAILED"), true);
        assertThat(new BundleVerifier().verify(tampered).problems()).containsExactly(
                "csv/playbook_runs.csv line 2 differs from what the chain segment says");
    }

    @Test
    void failedDrillReportedAsPassedIsNamed() throws IOException {
        Path tampered = rewritten("report.json", s -> s.replace("\"status\":\"FAILED\"", "\"status\":\"PASSED\""), true);
        assertThat(new BundleVerifier().verify(tampered).problems()).singleElement().asString()
                .contains("drills[1]", "status is \"PASSED\" in the report but \"FAILED\" from the chain");
    }

    @Test
    void changedFileIsNamed() throws IOException {
        Path tampered = rewritten("csv/drills.csv", s -> s.replace("PASSED", "FAILED"), false);
        BundleVerification v = new BundleVerifier().verify(tampered);
        assertThat(v.isIntact()).isFalse();
        assertThat(v.problems()).containsExactly("file csv/drills.csv does not match its SHA-256 in the manifest");
    }

    @Test
    void changedEventLineIsNamedEvenWhenTheManifestWasUpdatedToo() throws IOException {
        Path tampered = rewritten(BundleWriter.EVENTS, s -> s.replace("\"decision\\\":\\\"no-go", "\"decision\\\":\\\"go"), true);
        BundleVerification v = new BundleVerifier().verify(tampered);
        assertThat(v.problems()).singleElement().asString()
                .contains("chain/events.jsonl line 28", "event 28 (gate.decision, REL-1042@shop/prod) was changed");
    }

    @Test
    void removedLastEventIsNamed() throws IOException {
        Path tampered = rewritten(BundleWriter.EVENTS, s -> s.substring(0, s.lastIndexOf('\n', s.length() - 2) + 1), true);
        assertThat(new BundleVerifier().verify(tampered).problems()).singleElement().asString().contains("events are missing");
    }

    @Test
    void fileThatIsNotABundleIsAnError() throws IOException {
        Path notZip = Files.writeString(dir.resolve("x.zip"), "hello");
        assertThatThrownBy(() -> new BundleVerifier().verify(notZip)).isInstanceOf(IOException.class).hasMessageContaining("x.zip");
    }
}
