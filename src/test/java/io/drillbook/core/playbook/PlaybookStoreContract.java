package io.drillbook.core.playbook;

import io.drillbook.core.drill.StepState;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PlaybookJournal}, {@link PlaybookRepository} and {@link ApprovalInbox} on one store: the
 * in-memory fakes and the JDBC adapters run these same tests.
 */
public abstract class PlaybookStoreContract {
    private static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    private static final SystemEnv CRM = new SystemEnv("crm", "prod");
    private static final Instant T0 = Instant.parse("2026-12-02T02:13:00Z");

    @TempDir
    protected Path dir;
    protected PlaybookJournal journal;
    protected PlaybookRepository playbooks;
    protected ApprovalInbox inbox;

    /** Fresh {@link #journal}, {@link #playbooks} and {@link #inbox} on one store. */
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

    private static RunInfo run(String id, String playbook, SystemEnv target, RunStatus status, Instant started) {
        return new RunInfo(id, playbook, target, "alice", status, 0, Map.of("env", "prod"), started, null);
    }

    private static StepRecord step(int index, StepState state) {
        return new StepRecord(index, "step " + index, "command", state, 1, "alice", "echo " + index, null, "", T0, null);
    }

    @Test
    void aRunSavedAgainIsReplacedAndReadsBackWhole() {
        RunInfo r = run("r1", "rollback shop", SHOP, RunStatus.RUNNING, T0);
        journal.saveRun(r);
        assertThat(journal.run("r1")).contains(r);
        RunInfo done = new RunInfo("r1", "rollback shop", SHOP, "alice", RunStatus.COMPLETED, 3, Map.of("env", "prod"), T0, T0.plusSeconds(600));
        journal.saveRun(done);
        assertThat(journal.run("r1")).contains(done);
        assertThat(journal.run("r2")).isEmpty();
    }

    @Test
    void runsAreFoundByStatusOldestFirstAndByPlaybookNewestFirst() {
        journal.saveRun(run("b", "rollback shop", SHOP, RunStatus.RUNNING, T0.plusSeconds(60)));
        journal.saveRun(run("a", "rollback shop", SHOP, RunStatus.RUNNING, T0));
        journal.saveRun(run("c", "rollback crm", CRM, RunStatus.COMPLETED, T0.plusSeconds(120)));
        assertThat(journal.withStatus(RunStatus.RUNNING)).extracting(RunInfo::runId).containsExactly("a", "b");
        assertThat(journal.withStatus(RunStatus.ABORTED)).isEmpty();
        assertThat(journal.runsOf("rollback shop", 1)).extracting(RunInfo::runId).containsExactly("b");
        assertThat(journal.recent(null, 10)).extracting(RunInfo::runId).containsExactly("c", "b", "a");
        assertThat(journal.recent(SHOP, 10)).extracting(RunInfo::runId).containsExactly("b", "a");
    }

    @Test
    void aStepSavedAgainReplacesItsStateInIndexOrder() {
        journal.saveStep("r1", step(1, StepState.RUNNING));
        journal.saveStep("r1", step(0, StepState.PASSED));
        journal.saveStep("r1", step(1, StepState.FAILED));
        assertThat(journal.steps("r1")).extracting(StepRecord::index).containsExactly(0, 1);
        assertThat(journal.steps("r1").get(1).state()).isEqualTo(StepState.FAILED);
        assertThat(journal.steps("r1").get(1).command()).isEqualTo("echo 1");
        assertThat(journal.steps("r2")).isEmpty();
    }

    @Test
    void playbooksAreStoredByNameAndReplaced() {
        playbooks.save(new StoredPlaybook("rollback shop", SHOP, "steps: []", T0, "alice"));
        playbooks.save(new StoredPlaybook("b-rollback crm", CRM, "steps: []", T0, "alice"));
        StoredPlaybook edited = new StoredPlaybook("rollback shop", SHOP, "steps: [x]", T0.plusSeconds(5), "bob");
        playbooks.save(edited);
        assertThat(playbooks.find("rollback shop")).contains(edited);
        assertThat(playbooks.all()).extracting(StoredPlaybook::name).containsExactly("b-rollback crm", "rollback shop");
        assertThat(playbooks.delete("rollback shop")).isTrue();
        assertThat(playbooks.delete("rollback shop")).isFalse();
        assertThat(playbooks.find("rollback shop")).isEmpty();
    }

    @Test
    void theFirstAnswerGivenSinceTheStepBeganIsTheOneThatCounts() {
        inbox.give("r1", "approve restore", GateAnswer.no("dave", "too early"), T0.minusSeconds(60));
        inbox.give("r1", "approve restore", GateAnswer.yes("carol"), T0.plusSeconds(10));
        inbox.give("r1", "approve restore", GateAnswer.no("erin", "changed my mind"), T0.plusSeconds(20));
        inbox.give("r2", "approve restore", GateAnswer.no("frank", "other run"), T0.plusSeconds(5));
        assertThat(inbox.answerSince("r1", "approve restore", T0)).contains(GateAnswer.yes("carol"));
        assertThat(inbox.answerSince("r1", "approve restore", T0.plusSeconds(15))).contains(GateAnswer.no("erin", "changed my mind"));
        assertThat(inbox.answerSince("r1", "other step", T0.minusSeconds(600))).isEmpty();
    }
}
