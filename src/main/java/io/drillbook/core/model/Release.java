package io.drillbook.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change to deploy, with the window it is planned for.
 *
 * @param cab     null when the change has no CAB approval (yet)
 * @param version optimistic-locking counter, 0 for a release not stored yet
 */
public record Release(String id, String title, List<String> systems, List<String> environments,
                      Instant start, Instant end, RiskClass risk, CabApproval cab, ReleaseStatus status,
                      long version) {

    public Release {
        Names.requireName(id, "release id");
        title = title == null ? "" : title;
        systems = List.copyOf(systems);
        environments = List.copyOf(environments);
        if (systems.isEmpty() || environments.isEmpty()) {
            throw new IllegalArgumentException("release " + id + " must touch at least one system and environment");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("release " + id + " must end after it starts");
        }
        Objects.requireNonNull(risk, "risk");
        status = status == null ? ReleaseStatus.PLANNED : status;
    }

    public boolean touches(SystemEnv target) {
        return systems.contains(target.system()) && environments.contains(target.environment());
    }

    public List<SystemEnv> targets() {
        return systems.stream()
                .flatMap(s -> environments.stream().map(e -> new SystemEnv(s, e)))
                .toList();
    }

    public Release movedTo(Instant newStart, Instant newEnd) {
        return new Release(id, title, systems, environments, newStart, newEnd, risk, cab, status, version);
    }

    public Release withStatus(ReleaseStatus newStatus) {
        return new Release(id, title, systems, environments, start, end, risk, cab, newStatus, version);
    }

    public Release withVersion(long newVersion) {
        return new Release(id, title, systems, environments, start, end, risk, cab, status, newVersion);
    }
}
