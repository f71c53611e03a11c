package io.drillbook.ui.drill;

import io.drillbook.app.RecordedRuns;
import io.drillbook.core.drill.KeptOutputs;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import io.drillbook.ui.common.StatusTone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** A past drill run opened without a window, on runs the real drill runner recorded in an H2 workspace. */
class DrillRunDetailViewModelTest {
    @TempDir
    static Path dataDir;
    static RecordedRuns runs;

    @BeforeAll
    static void record() {
        runs = RecordedRuns.record(dataDir);
    }

    @AfterAll
    static void close() {
        runs.close();
    }

    private DrillRunDetailViewModel opened(String runId) {
        DrillRunDetailViewModel vm = new DrillRunDetailViewModel(new DrillRunDetailServices(runs.drillHistory(),
                new KeptOutputs(runs.context().platform().outputDir()), runs.exporter(), dataDir.resolve("exports"), ZoneOffset.UTC,
                new CurrentThreadTaskRunner()));
        vm.open(runId);
        return vm;
    }

    @Test
    void failedDrillOpensOnItsFailingCheckWithExpectedAndActualAndItsGap() {
        DrillRunDetailViewModel vm = opened(runs.failedDrill());

        assertThat(vm.resultProperty().get()).isEqualTo("failed");
        assertThat(vm.resultToneProperty().get()).isEqualTo(StatusTone.FAILED);
        assertThat(vm.rtoProperty().get()).startsWith("RTO not demonstrated");
        DrillStepLine failing = vm.selectedStepProperty().get();
        assertThat(failing.name()).isEqualTo("Orders present");
        assertThat(failing.part()).isEqualTo("check");
        assertThat(failing.expected()).isEqualTo(">= 5000");
        assertThat(failing.actual()).isEqualTo("4980");
        assertThat(vm.steps()).extracting(DrillStepLine::name, DrillStepLine::tone)
                .contains(org.assertj.core.groups.Tuple.tuple("Schema version", StatusTone.OK));
        assertThat(vm.steps()).filteredOn(l -> l.part().equals("manual")).singleElement()
                .satisfies(l -> assertThat(l.note()).startsWith("done, confirmed by alice at "));
        assertThat(vm.gaps()).singleElement().satisfies(g -> {
            assertThat(g.description()).isEqualTo(RecordedRuns.GAP);
            assertThat(g.owner()).isEqualTo("bob");
            assertThat(g.evidenceSeq()).isPositive();
        });
        assertThat(vm.evidence()).anyMatch(e -> e.contains("drill.finished")).anyMatch(e -> e.contains("drill.gap"));
        assertThat(vm.outputProperty().get()).startsWith("failed: expected >= 5000 but was 4980\n\n$ echo 4980\n");
        assertThat(vm.facts()).anyMatch(f -> f.name().equals("Backup") && f.value().equals("demo-catalog-files"));
    }

    @Test
    void longOutputShowsHeadAndTailUntilShowAllReadsTheKeptFile() {
        DrillRunDetailViewModel vm = opened(runs.failedDrill());
        vm.selectedStepProperty().set(vm.steps().stream().filter(l -> l.name().equals("Restore the orders table")).findFirst().orElseThrow());

        assertThat(vm.outputTruncatedProperty().get()).isTrue();
        assertThat(vm.fullOutputKeptProperty().get()).isTrue();
        assertThat(vm.outputProperty().get()).startsWith("$ seq 1 20000").contains("bytes not shown here")
                .doesNotContain("\n10000\n").endsWith("20000\n");

        vm.showAllOutput();

        assertThat(vm.outputTruncatedProperty().get()).isFalse();
        assertThat(vm.outputProperty().get()).contains("\n9999\n10000\n10001\n").endsWith("19999\n20000\n");
    }

    @Test
    void anUnknownRunSaysSoAndShowsNothing() {
        DrillRunDetailViewModel vm = opened("no-such-run");

        assertThat(vm.messageProperty().get()).isEqualTo("No drill run no-such-run");
        assertThat(vm.steps()).isEmpty();
        assertThat(vm.titleProperty().get()).isEmpty();
    }

    @Test
    void exportedEvidenceIsABundleHoldingTheRunThatVerifies() throws Exception {
        DrillRunDetailViewModel vm = opened(runs.failedDrill());

        vm.exportEvidence();

        Path bundle = vm.lastExportProperty().get();
        assertThat(bundle).as(vm.exportStatusProperty().get()).isNotNull().exists();
        assertThat(bundle.getFileName().toString()).isEqualTo("drillbook-drill-" + runs.failedDrill() + ".zip");
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            String json = zip.stream().filter(e -> e.getName().endsWith(".json") && e.getName().contains("report"))
                    .map(e -> read(zip, e)).findFirst().orElseThrow();
            assertThat(json).contains(runs.failedDrill()).contains(RecordedRuns.GAP);
        }
        assertThat(runs.cli("verify", bundle.toString())).isZero();
    }

    private static String read(ZipFile zip, java.util.zip.ZipEntry entry) {
        try (var in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
