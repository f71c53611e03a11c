package io.drillbook.core.evidence;

import io.drillbook.core.drill.DrillJournal;
import io.drillbook.core.drill.StepKind;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.drill.StepState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Transactions} across two ports of one store (a drill step and its evidence): both writes
 * commit together or neither does. The fakes and the JDBC adapters run these tests.
 */
public abstract class TransactionsContract {
    private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");

    @TempDir
    protected Path dir;
    protected Transactions transactions;
    protected EvidenceRepository evidence;
    protected DrillJournal journal;
    private EvidenceLog log;

    /** Sets {@link #transactions}, {@link #evidence} and {@link #journal}, all on one fresh store. */
    protected abstract void open();

    protected void close() {
    }

    @BeforeEach
    void openStore() {
        open();
        log = new EvidenceLog(evidence, Clock.fixed(T0, ZoneOffset.UTC), () -> "bob", transactions);
        log.record("drill.started", "run-0", Map.of());
    }

    @AfterEach
    void closeStore() {
        close();
    }

    private void stepAndEvidence(String runId) {
        journal.save(runId, new StepOutcome(0, StepKind.STEP, "restore", StepState.RUNNING, null, null, null, null, null, null, "", T0));
        log.record("drill.step", runId, Map.of("state", "RUNNING"));
    }

    @Test
    void writesInOneUnitCommitTogether() {
        transactions.inOne(() -> {
            stepAndEvidence("run-1");
            assertThat(journal.steps("run-1")).as("reads inside see the unit's own writes").hasSize(1);
        });
        assertThat(journal.steps("run-1")).hasSize(1);
        assertThat(evidence.head().orElseThrow().seq()).isEqualTo(2);
    }

    @Test
    void aFailureInAUnitKeepsNoneOfItsWritesAndTheChainGoesOn() {
        assertThatThrownBy(() -> transactions.inOne(() -> {
            stepAndEvidence("run-2");
            throw new IllegalStateException("crash between the two writes");
        })).hasMessageContaining("crash between");
        assertThat(journal.steps("run-2")).isEmpty();
        assertThat(evidence.head().orElseThrow().seq()).isEqualTo(1);
        log.record("drill.step", "run-3", Map.of());
        assertThat(evidence.head().orElseThrow().seq()).isEqualTo(2);
        assertThat(evidence.verify().isIntact()).isTrue();
    }

    @Test
    void aNestedUnitJoinsTheOuterOne() {
        assertThatThrownBy(() -> transactions.inOne(() -> {
            transactions.inOne(() -> stepAndEvidence("run-4"));
            throw new IllegalStateException("outer fails after the inner unit");
        })).hasMessageContaining("outer fails");
        assertThat(journal.steps("run-4")).isEmpty();
        assertThat(evidence.head().orElseThrow().seq()).isEqualTo(1);
    }
}
