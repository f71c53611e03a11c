package io.drillbook.core.drill;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.RtoVerdict;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.evidence.EvidenceRepository;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Past and interrupted drill runs as the CLI ({@code drill runs}, {@code drill show}) and the console list them. */
public final class DrillRunHistory {
    private static final int EVENTS_PER_RUN = 5_000;

    private final DrillRunRepository runs;
    private final DrillJournal journal;
    private final EvidenceRepository evidence;
    private final DrillCleanup cleanup;
    private final WorkspaceRepository workspace;

    public DrillRunHistory(DrillRunRepository runs, DrillJournal journal, EvidenceRepository evidence, DrillCleanup cleanup,
                           WorkspaceRepository workspace) {
        this.workspace = workspace;
        this.runs = runs;
        this.journal = journal;
        this.evidence = evidence;
        this.cleanup = cleanup;
    }

    /** Runs newest first: of one target, or of all when {@code target} is null; at most {@code limit}. */
    public List<DrillSummary> runs(SystemEnv target, int limit) {
        List<DrillSummary> all = target == null ? runs.recent(limit) : runs.of(target);
        return all.stream().limit(limit).toList();
    }

    /** Runs that may have left something on their target, oldest first, of one target or all (null). */
    public List<Leftovers> leftovers(SystemEnv target) {
        return cleanup.pending().stream().filter(l -> target == null || l.run().target().equals(target)).toList();
    }

    /** The run's RTO verdict under the policy in force when it started: only a passed drill meets or misses it. */
    public RtoVerdict rtoVerdict(DrillSummary run) {
        return RtoVerdict.of(run, rtoAt(run).orElse(null));
    }

    /** The RTO of the policy in force for the run's target on the day it started (UTC). */
    public Optional<Duration> rtoAt(DrillSummary run) {
        LocalDate day = LocalDate.ofInstant(run.startedAt(), ZoneOffset.UTC);
        return workspace.policies().stream()
                .filter(p -> p.target().equals(run.target()) && !p.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(Policy::effectiveFrom)).map(Policy::rto);
    }

    public Optional<DrillRunDetails> details(String runId) {
        return journal.run(runId).map(summary -> {
            List<EvidenceEvent> events = evidence.find(EvidenceQuery.all(EVENTS_PER_RUN).withSubjectPrefix(runId)).stream()
                    .filter(e -> e.subject().equals(runId))
                    .sorted(Comparator.comparingLong(EvidenceEvent::seq)).toList();
            List<EvidenceEvent> gaps = events.stream().filter(e -> e.kind().equals("drill.gap")).toList();
            return new DrillRunDetails(summary, journal.steps(runId), gaps, events, cleanup.find(runId));
        });
    }
}
