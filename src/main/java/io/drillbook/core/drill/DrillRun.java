package io.drillbook.core.drill;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The steps of one run and the one door through which their state changes: journal, then
 * evidence, then listeners. Used by the runner's thread only.
 */
final class DrillRun {
    private static final Logger LOGGER = LoggerFactory.getLogger(DrillRun.class);

    private final String runId;
    private final List<StepOutcome> steps;
    private final DrillJournal journal;
    private final EvidenceLog evidence;
    private final Transactions transactions;
    private final DrillListener listener;
    private final Clock clock;

    DrillRun(String runId, List<StepOutcome> pending, DrillJournal journal, EvidenceLog evidence,
             Transactions transactions, DrillListener listener, Clock clock) {
        this.transactions = transactions;
        this.runId = runId;
        this.steps = new ArrayList<>(pending);
        this.journal = journal;
        this.evidence = evidence;
        this.listener = listener;
        this.clock = clock;
    }

    String id() {
        return runId;
    }

    StepOutcome step(int index) {
        return steps.get(index);
    }

    List<StepOutcome> steps() {
        return List.copyOf(steps);
    }

    DrillListener listener() {
        return listener;
    }

    /** Persists the step's new state (journal and evidence, in one commit), then tells the listener. */
    StepOutcome publish(StepOutcome changed) {
        transactions.inOne(() -> {
            journal.save(runId, changed);
            evidence.record("drill.step", runId, changed.toEvidence());
        });
        steps.set(changed.index(), changed);
        tell(l -> l.stepChanged(runId, changed));
        return changed;
    }

    StepOutcome move(int index, StepState state, String why) {
        return publish(steps.get(index).withState(state, why, clock.instant()));
    }

    /** Listener failures are logged; they never change a run's course. */
    void tell(Consumer<DrillListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            LOGGER.warn("A drill listener failed on run {}; the run goes on", runId, e);
        }
    }
}
