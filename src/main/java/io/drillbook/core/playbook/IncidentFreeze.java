package io.drillbook.core.playbook;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.workspace.WorkspaceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incident mode: while a playbook run is active, an active-recovery freeze scoped to the
 * playbook's environment blocks releases ("active recovery: playbook X run Y"). It lasts until the
 * run ends or someone lifts it with a recorded decision; its calendar entry spans {@link #SPAN}.
 */
public final class IncidentFreeze {
    /** How long the freeze's calendar entry lasts when nothing lifts it sooner. */
    public static final Duration SPAN = Duration.ofDays(30);
    private static final Logger LOGGER = LoggerFactory.getLogger(IncidentFreeze.class);

    private final WorkspaceRepository workspace;
    private final EvidenceLog evidence;
    private final Clock clock;

    public IncidentFreeze(WorkspaceRepository workspace, EvidenceLog evidence, Clock clock) {
        this.workspace = workspace;
        this.evidence = evidence;
        this.clock = clock;
    }

    public static String nameFor(String playbook, String runId) {
        return "Active recovery: " + playbook + " run " + runId;
    }

    public static String reasonFor(String playbook, String runId) {
        return "active recovery: playbook " + playbook + " run " + runId;
    }

    /** Starts the freeze (again, when it was lifted and the run resumes). */
    public Freeze begin(String playbook, String environment, String runId, String operator) {
        LocalDateTime from = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Freeze freeze = new Freeze(nameFor(playbook, runId), reasonFor(playbook, runId), List.of(environment),
                Recurrence.once(from, SPAN, ZoneOffset.UTC), true);
        evidence.commit(() -> workspace.saveFreeze(freeze), EvidenceLog.Entry.as(operator, "playbook.freeze.started", runId,
                Map.of("freeze", freeze.name(), "environment", environment, "playbook", playbook)));
        LOGGER.info("Incident freeze started: {}", freeze.name());
        return freeze;
    }

    public Optional<Freeze> active(String playbook, String runId) {
        String name = nameFor(playbook, runId);
        return workspace.freezes().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Lifts the run's freeze, recording who and why. Returns false when there was none. */
    public boolean lift(String playbook, String runId, String who, String why) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("lifting an active-recovery freeze needs a reason");
        }
        Optional<Freeze> freeze = active(playbook, runId);
        if (freeze.isEmpty()) {
            return false;
        }
        evidence.commit(() -> workspace.deleteFreeze(freeze.get().name()), EvidenceLog.Entry.as(who, "playbook.freeze.lifted",
                runId, Map.of("freeze", freeze.get().name(), "playbook", playbook, "liftedBy", who, "reason", why)));
        LOGGER.info("Incident freeze lifted by {}: {} ({})", who, freeze.get().name(), why);
        return true;
    }
}
