package io.drillbook.core.playbook;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.workspace.WorkspaceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reacts to release status changes: when the last {@code threshold} finished releases of a system
 * (done or rolled back, since its last review) were all rolled back, a freeze on their
 * environments starts and lasts until someone records a review ({@link #recordReview}).
 */
public final class RollbackFreezePolicy {
    private static final Logger LOGGER = LoggerFactory.getLogger(RollbackFreezePolicy.class);
    private static final Duration LOOK_BACK = Duration.ofDays(400);

    private final WorkspaceRepository workspace;
    private final EvidenceLog evidence;
    private final Clock clock;
    private final int threshold;

    public RollbackFreezePolicy(WorkspaceRepository workspace, EvidenceLog evidence, Clock clock, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("rollback threshold must be at least 1");
        }
        this.workspace = workspace;
        this.evidence = evidence;
        this.clock = clock;
        this.threshold = threshold;
    }

    public static String freezeName(String system) {
        return "Rollback review: " + system;
    }

    /** Call after a release's status changed; returns the freezes it started. */
    public List<Freeze> onReleaseChanged(Release changed) {
        if (changed.status() != ReleaseStatus.ROLLED_BACK) {
            return List.of();
        }
        return changed.systems().stream().map(s -> consider(s, changed)).flatMap(Optional::stream).toList();
    }

    private Optional<Freeze> consider(String system, Release changed) {
        Instant reviewed = lastReview(system).orElse(Instant.EPOCH);
        List<Release> recent = workspace.releasesBetween(changed.start().minus(LOOK_BACK), changed.end().plusSeconds(1))
                .stream().filter(r -> r.systems().contains(system) && !r.start().isBefore(reviewed))
                .filter(r -> r.status() == ReleaseStatus.DONE || r.status() == ReleaseStatus.ROLLED_BACK)
                .sorted(Comparator.comparing(Release::start).reversed()).limit(threshold).toList();
        boolean allRolledBack = recent.size() == threshold && recent.stream().allMatch(r -> r.status() == ReleaseStatus.ROLLED_BACK);
        boolean alreadyFrozen = workspace.freezes().stream().anyMatch(f -> f.name().equals(freezeName(system)));
        if (!allRolledBack || alreadyFrozen) {
            return Optional.empty();
        }
        return Optional.of(start(system, recent));
    }

    private Freeze start(String system, List<Release> rolledBack) {
        Set<String> environments = new LinkedHashSet<>();
        rolledBack.forEach(r -> environments.addAll(r.environments()));
        List<String> ids = rolledBack.stream().map(Release::id).toList();
        LocalDateTime from = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Freeze freeze = new Freeze(freezeName(system), threshold + " consecutive rolled-back releases of " + system + " "
                + ids + ": no releases until a review is recorded", List.copyOf(environments),
                Recurrence.once(from, Duration.ofDays(365), ZoneOffset.UTC), false);
        evidence.commit(() -> workspace.saveFreeze(freeze), EvidenceLog.Entry.of("playbook.rollback.freeze.started",
                subject(system), Map.of("system", system, "releases", ids, "environments", List.copyOf(environments),
                        "threshold", threshold)));
        LOGGER.warn("Rollback freeze started for {} after releases {}", system, ids);
        return freeze;
    }

    /** Records that someone reviewed the rollbacks of {@code system}; lifts its freeze. */
    public boolean recordReview(String system, String who, String notes) {
        if (who == null || who.isBlank() || notes == null || notes.isBlank()) {
            throw new IllegalArgumentException("a rollback review needs who reviewed and notes");
        }
        return evidence.commit(() -> {
            boolean frozen = workspace.freezes().stream().anyMatch(f -> f.name().equals(freezeName(system)));
            if (frozen) {
                workspace.deleteFreeze(freezeName(system));
            }
            return frozen;
        }, lifted -> EvidenceLog.Entry.as(who, "playbook.rollback.reviewed", subject(system), Map.of("system", system, "notes", notes)));
    }

    private Optional<Instant> lastReview(String system) {
        List<EvidenceEvent> reviews = evidence.repository().find(EvidenceQuery.all(1000)
                .withKindPrefix("playbook.rollback.reviewed").withSubjectPrefix(subject(system)));
        return reviews.stream().filter(e -> e.subject().equals(subject(system))).map(EvidenceEvent::time)
                .max(Comparator.naturalOrder());
    }

    private static String subject(String system) {
        return "system:" + system;
    }
}
