package io.drillbook.ui.evidence;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.testing.fakes.InMemoryEvidenceRepository;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Evidence screen's view-model without a window: the in-memory evidence log, tasks on the calling thread. */
class EvidenceViewModelTest {
    InMemoryEvidenceRepository repository;
    EvidenceViewModel vm;

    @BeforeEach
    void setUp() {
        repository = new InMemoryEvidenceRepository();
        EvidenceLog log = new EvidenceLog(repository, Clock.fixed(Instant.parse("2026-10-05T08:00:00Z"), ZoneOffset.UTC), () -> "alice");
        log.record("release.changed", "REL-1042", Map.of("title", "shop-api 4.12.0"));
        log.recordAs("bob", "drill.finished", "shop/prod", Map.of("result", "PASSED", "system", "shop", "environment", "prod"));
        log.recordAs("carol", "gate.waived", "REL-1042@shop/prod", Map.of("reason", "drill booked"));
        vm = new EvidenceViewModel(log, new CurrentThreadTaskRunner());
    }

    @Test
    void listsEventsNewestFirstAndNarrowsThemByTheFilters() {
        vm.load();
        assertThat(vm.events()).extracting(EvidenceEvent::kind).containsExactly("gate.waived", "drill.finished", "release.changed");

        vm.filters().actorProperty().set("bob");
        vm.load();
        assertThat(vm.events()).extracting(EvidenceEvent::kind).containsExactly("drill.finished");

        vm.filters().actorProperty().set(" ");
        vm.filters().kindProperty().set("gate.");
        vm.load();
        assertThat(vm.events()).extracting(EvidenceEvent::actor).containsExactly("carol");
    }

    @Test
    void selectingAnEventShowsItsChainLinksAndPayload() {
        vm.load();
        EvidenceEvent waived = vm.events().get(0);
        vm.selectedProperty().set(waived);
        assertThat(vm.detailProperty().get()).startsWith("#3  gate.waived  REL-1042@shop/prod\n")
                .contains("by carol").contains("prev " + waived.prevHash()).contains("\"reason\" : \"drill booked\"");
        vm.selectedProperty().set(null);
        assertThat(vm.detailProperty().get()).isEmpty();
    }

    @Test
    void theChainCheckSaysIntactOrWhereItBroke() {
        vm.verifyChain();
        assertThat(vm.chainStatusProperty().get()).startsWith("Chain intact: 3 events, head ");
        assertThat(vm.chainBrokenProperty().get()).isFalse();

        EvidenceEvent second = repository.bySeq(2).orElseThrow();
        repository.tamper(new EvidenceEvent(2, second.time(), "mallory", second.kind(), second.subject(), second.payload(),
                second.prevHash(), second.hash()));
        vm.verifyChain();
        assertThat(vm.chainBrokenProperty().get()).isTrue();
        assertThat(vm.chainStatusProperty().get()).startsWith("Chain BROKEN at event 2: ").contains("was changed");
    }

    @Test
    void withoutAnExporterExportSaysItIsNotAvailable() {
        assertThat(vm.canExport()).isFalse();
        vm.exportReport();
        assertThat(vm.exportStatusProperty().get()).isEqualTo("Export is not available here");
    }
}
