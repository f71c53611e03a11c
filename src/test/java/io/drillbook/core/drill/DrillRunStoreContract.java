package io.drillbook.core.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DrillRunRepository} and {@link DrillJournal} on one store: summaries, running runs and step states. */
public abstract class DrillRunStoreContract {
    private static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    private static final SystemEnv CRM = new SystemEnv("crm", "prod");
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    protected Path dir;
    protected DrillRunRepository runs;
    protected DrillJournal journal;

    /** Fresh {@link #runs} and {@link #journal} on one store. */
    protected abstract void open();

    protected void close() {
    }

    @BeforeEach
    void openStore() {
        open();
    }

    @AfterEach
    void closeStore() {
        close();
    }

    private static DrillSummary running(String id, SystemEnv target, Instant started) {
        return new DrillSummary(id, target, "shop-db", "b-1", started, null, RunResult.RUNNING, null, null, null, null, "bob");
    }

    private static DrillSummary finished(DrillSummary r, RunResult result) {
        return new DrillSummary(r.runId(), r.target(), r.plan(), r.backupId(), r.startedAt(), r.startedAt().plusSeconds(1380), result,
                Duration.ofHours(6), Duration.ofMinutes(23), Duration.ofMinutes(19), Duration.ofMinutes(4), r.operator());
    }

    private static StepOutcome step(int index, StepState state) {
        return new StepOutcome(index, StepKind.STEP, "step " + index, state, "echo " + index, null, null, null,
                Duration.ofSeconds(index), null, "", T0.plusSeconds(index));
    }

    @Test
    void drillsOfATargetComeNewestFirstAndRecentAcrossTargets() {
        runs.save(finished(running("a", SHOP, T0), RunResult.PASSED));
        runs.save(finished(running("b", SHOP, T0.plusSeconds(86_400)), RunResult.FAILED));
        runs.save(finished(running("c", CRM, T0.plusSeconds(3600)), RunResult.PASSED));
        assertThat(runs.of(SHOP)).extracting(DrillSummary::runId).containsExactly("b", "a");
        assertThat(runs.recent(2)).extracting(DrillSummary::runId).containsExactly("b", "c");
        assertThat(runs.of(new SystemEnv("none", "prod"))).isEmpty();
    }

    @Test
    void savingARunAgainReplacesItsSummary() {
        DrillSummary r = running("a", SHOP, T0);
        runs.save(r);
        assertThat(journal.running()).extracting(DrillSummary::runId).containsExactly("a");
        runs.save(finished(r, RunResult.PASSED));
        assertThat(journal.running()).isEmpty();
        assertThat(runs.of(SHOP)).singleElement().satisfies(d -> {
            assertThat(d.result()).isEqualTo(RunResult.PASSED);
            assertThat(d.recoveryTime()).isEqualTo(Duration.ofMinutes(23));
            assertThat(d.manual()).isEqualTo(Duration.ofMinutes(4));
        });
        assertThat(journal.run("a")).hasValue(runs.of(SHOP).get(0));
        assertThat(journal.run("nope")).isEmpty();
    }

    @Test
    void runningRunsComeOldestFirst() {
        runs.save(running("late", SHOP, T0.plusSeconds(60)));
        runs.save(running("early", CRM, T0));
        assertThat(journal.running()).extracting(DrillSummary::runId).containsExactly("early", "late");
    }

    @Test
    void aStepSavedAgainReplacesItsStateAndStepsComeInIndexOrder() {
        journal.save("a", step(1, StepState.RUNNING));
        journal.save("a", step(0, StepState.PASSED));
        journal.save("a", step(1, StepState.FAILED));
        journal.save("other", step(0, StepState.RUNNING));
        assertThat(journal.steps("a")).extracting(StepOutcome::index, StepOutcome::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, StepState.PASSED), org.assertj.core.groups.Tuple.tuple(1, StepState.FAILED));
        assertThat(journal.steps("a").get(1).command()).isEqualTo("echo 1");
        assertThat(journal.steps("none")).isEmpty();
    }

    @Test
    void theTargetProfileIsKeptForARecordedRun() {
        runs.save(running("a", SHOP, T0));
        assertThat(journal.targetProfile("a")).isEmpty();
        journal.saveTargetProfile("a", "drill-sandbox");
        assertThat(journal.targetProfile("a")).contains("drill-sandbox");
        journal.saveTargetProfile("unknown", "x");
        assertThat(journal.targetProfile("unknown")).isEmpty();
    }

    @Test
    void finishingARunKeepsTheTargetProfileItRanOn() {
        runs.save(running("a", SHOP, T0));
        journal.saveTargetProfile("a", "drill-sandbox");
        runs.save(finished(running("a", SHOP, T0), RunResult.PASSED));
        assertThat(journal.targetProfile("a")).contains("drill-sandbox");
        assertThat(journal.run("a")).get().extracting(DrillSummary::result).isEqualTo(RunResult.PASSED);
        assertThat(runs.of(SHOP)).hasSize(1);
    }
}
