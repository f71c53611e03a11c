package io.drillbook.core.report;

import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a report covers: the days {@code from} to {@code to} (both inclusive, UTC) and the systems
 * and environments to include; an empty set means all of them.
 */
public record ReportScope(LocalDate from, LocalDate to, Set<String> systems, Set<String> environments) {
    public ReportScope {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the report period ends (" + to + ") before it starts (" + from + ")");
        }
        systems = Set.copyOf(new TreeSet<>(systems == null ? Set.of() : systems));
        environments = Set.copyOf(new TreeSet<>(environments == null ? Set.of() : environments));
    }

    public static ReportScope all(LocalDate from, LocalDate to) {
        return new ReportScope(from, to, Set.of(), Set.of());
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean covers(Instant time) {
        return time != null && !time.isBefore(start()) && time.isBefore(end());
    }

    public boolean includes(SystemEnv target) {
        return includes(target.system(), target.environment());
    }

    /** Null parts (unknown system or environment) match only when that part is not filtered. */
    public boolean includes(String system, String environment) {
        boolean systemOk = systems.isEmpty() || (system != null && systems.contains(system));
        boolean environmentOk = environments.isEmpty() || (environment != null && environments.contains(environment));
        return systemOk && environmentOk;
    }

    public boolean isFiltered() {
        return !systems.isEmpty() || !environments.isEmpty();
    }

    /** e.g. {@code 2026-07-01..2026-09-30} */
    public String period() {
        return from + ".." + to;
    }
}
