package io.drillbook.ui.playbook;

import io.drillbook.app.RecordedRuns;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import io.drillbook.ui.common.StatusTone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A playbook's run history and a past run's timeline, without a window, on a run the real runner completed. */
class PlaybookHistoryViewModelTest {
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

    private PlaybooksViewModel screen() {
        var ctx = runs.context();
        return new PlaybooksViewModel(new PlaybookServices(ctx.playbooks().playbookLibrary(), ctx.playbooks().playbookJournal(), () -> null, null, null, null,
                ctx.platform().outputDir(), "alice", Clock.systemUTC(), ZoneOffset.UTC, new CurrentThreadTaskRunner(), Runnable::run, () -> { },
                null, runs.playbookHistory()));
    }

    @Test
    void choosingAPlaybookListsItsCompletedRunAndTheListShowsHowItsLastRunWent() {
        PlaybooksViewModel vm = screen();
        vm.load();
        vm.select(RecordedRuns.PLAYBOOK);

        assertThat(vm.history.runs).singleElement().satisfies(r -> {
            assertThat(r.runId()).isEqualTo(runs.completedPlaybookRun());
            assertThat(r.status()).isEqualTo("completed");
            assertThat(r.tone()).isEqualTo(StatusTone.OK);
            assertThat(r.operator()).isEqualTo("alice");
        });
        assertThat(vm.rows).filteredOn(r -> r.name().equals(RecordedRuns.PLAYBOOK)).singleElement()
                .satisfies(r -> assertThat(r.lastTone()).isEqualTo(StatusTone.OK));
    }

    @Test
    void anOpenedRunShowsEveryStepWithWhoDidItTheTimelineInOrderAndItsEvidence() {
        PlaybooksViewModel vm = screen();
        vm.select(RecordedRuns.PLAYBOOK);
        vm.history.open(runs.completedPlaybookRun());

        PastRun run = vm.history.openedRun();
        assertThat(run.status()).isEqualTo("completed");
        assertThat(run.tone()).isEqualTo(StatusTone.OK);
        assertThat(run.steps()).hasSize(7).allSatisfy(s -> assertThat(s.state()).isEqualTo("passed"));
        PastStepRow approval = run.steps().stream().filter(s -> s.kind().equals("approval")).findFirst().orElseThrow();
        assertThat(approval.who()).isEqualTo("bob");
        assertThat(run.steps().get(0).output()).startsWith("$ local: rm -f").contains("\nstopped\n")
                .containsOnlyOnce("exit 0 after");
        assertThat(run.timeline().get(0).text()).contains("run: started");
        assertThat(run.timeline().get(run.timeline().size() - 1).text()).contains("run: completed");
        assertThat(run.timeline()).anyMatch(t -> t.text().contains("bob  Approve the restore (approval): passed"));
        assertThat(run.evidence()).anyMatch(e -> e.contains("playbook.finished"));
    }

    @Test
    void playbookShowReadsTheSameRunThroughTheSharedReadModel() {
        String shown = runs.cliOut("playbook", "show", runs.completedPlaybookRun());

        assertThat(shown).startsWith("playbook " + runs.completedPlaybookRun() + ": '" + RecordedRuns.PLAYBOOK + "' on shop/prod by alice")
                .contains(": COMPLETED").contains("Approve the restore").contains(" by bob").contains("playbook.finished");
    }

    @Test
    void aListReloadThatReselectsTheShownPlaybookKeepsTheOpenedRun() {
        PlaybooksViewModel vm = screen();
        vm.select(RecordedRuns.PLAYBOOK);
        vm.history.open(runs.completedPlaybookRun());

        vm.load();
        vm.select(RecordedRuns.PLAYBOOK);

        assertThat(vm.history.openedRun()).isNotNull();
        vm.history.close();
        assertThat(vm.history.openedRun()).isNull();
        assertThat(vm.history.runs).hasSize(1);
    }
}
