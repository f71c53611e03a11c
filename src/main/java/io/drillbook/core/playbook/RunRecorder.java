package io.drillbook.core.playbook;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one door through which a run's state changes: journal and evidence (in one commit), then
 * listeners. A listener hears of nothing that is not persisted.
 */
final class RunRecorder {
    private static final Logger LOGGER = LoggerFactory.getLogger(RunRecorder.class);

    private final PlaybookJournal journal;
    private final EvidenceLog evidence;
    private final PlaybookListener listener;
    private final Transactions transactions;

    RunRecorder(PlaybookJournal journal, EvidenceLog evidence, PlaybookListener listener, Transactions transactions) {
        this.transactions = transactions;
        this.journal = journal;
        this.evidence = evidence;
        this.listener = listener;
    }

    StepRecord step(RunInfo run, StepRecord record) {
        String who = record.actor() != null && record.state().isFinished() ? record.actor() : run.operator();
        transactions.inOne(() -> {
            journal.saveStep(run.runId(), record);
            evidence.recordAs(who, "playbook.step", run.runId(), withRun(run, record.toEvidence()));
        });
        tell(l -> l.stepChanged(run.runId(), record));
        return record;
    }

    RunInfo run(RunInfo run, String kind, String who, Map<String, Object> details) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("playbook", run.playbook());
        payload.put("target", run.target().toString());
        payload.put("status", run.status().name());
        payload.put("position", run.position());
        payload.putAll(details);
        transactions.inOne(() -> {
            journal.saveRun(run);
            evidence.recordAs(who, kind, run.runId(), payload);
        });
        tell(l -> l.runChanged(run));
        return run;
    }

    /** An event that changes no state by itself (an approval's answer, a refused request). */
    void event(RunInfo run, String kind, String who, Map<String, Object> details) {
        evidence.recordAs(who, kind, run.runId(), withRun(run, details));
    }

    PlaybookListener listener() {
        return listener;
    }

    static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                out.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return out;
    }

    static List<String> states(List<StepRecord> steps) {
        List<String> out = new ArrayList<>();
        steps.forEach(s -> out.add(s.name() + ": " + s.state()));
        return out;
    }

    private static Map<String, Object> withRun(RunInfo run, Map<String, Object> payload) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("playbook", run.playbook());
        p.putAll(payload);
        return p;
    }

    private void tell(Consumer<PlaybookListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            LOGGER.warn("A playbook listener failed; the run goes on", e);
        }
    }
}
