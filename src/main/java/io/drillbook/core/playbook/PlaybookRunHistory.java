package io.drillbook.core.playbook;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.evidence.EvidenceRepository;
import io.drillbook.core.model.SystemEnv;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Past playbook runs as the CLI ({@code playbook runs}, {@code playbook show}) and the console list and open them. */
public final class PlaybookRunHistory {
    private static final int EVENTS_PER_RUN = 5_000;

    private final PlaybookJournal journal;
    private final EvidenceRepository evidence;

    /** @param evidence where the runs' evidence events are found; null: runs are shown without them */
    public PlaybookRunHistory(PlaybookJournal journal, EvidenceRepository evidence) {
        this.journal = journal;
        this.evidence = evidence;
    }

    /** Runs newest first, of one target or of all (null), at most {@code limit}. */
    public List<RunInfo> recent(SystemEnv target, int limit) {
        return journal.recent(target, limit);
    }

    /** Runs of one playbook, newest first, at most {@code limit}. */
    public List<RunInfo> runsOf(String playbook, int limit) {
        return journal.runsOf(playbook, limit);
    }

    /** One run with its steps, timeline and evidence; empty when there is no such run. */
    public Optional<PlaybookRunDetails> details(String runId) {
        return journal.run(runId).map(run -> {
            List<StepRecord> steps = journal.steps(runId);
            List<EvidenceEvent> events = evidence == null ? List.of() : evidence.find(EvidenceQuery.all(EVENTS_PER_RUN).withSubjectPrefix(runId)).stream()
                    .filter(e -> e.subject().equals(runId)).sorted(Comparator.comparingLong(EvidenceEvent::seq)).toList();
            return new PlaybookRunDetails(run, steps, PlaybookTimeline.of(run, steps), events);
        });
    }
}
