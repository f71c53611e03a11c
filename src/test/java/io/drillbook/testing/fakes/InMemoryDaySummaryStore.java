package io.drillbook.testing.fakes;

import io.drillbook.core.compliance.BackupDaySummary;
import io.drillbook.core.compliance.DaySummaryBuilder;
import io.drillbook.core.compliance.DaySummaryStore;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Day summaries computed on every read from an {@link InMemoryBackupRepository}'s backups, with the
 * core's {@link DaySummaryBuilder}: the reference the JDBC store's incremental maintenance must match.
 */
public final class InMemoryDaySummaryStore implements DaySummaryStore {
    private final InMemoryBackupRepository backups;
    private volatile ZoneId zone = ZoneId.of("UTC");

    InMemoryDaySummaryStore(InMemoryBackupRepository backups) {
        this.backups = backups;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public void rezone(ZoneId newZone) {
        zone = newZone;
    }

    @Override
    public List<SystemEnv> targets() {
        return summaries().keySet().stream().toList();
    }

    @Override
    public void forEach(LocalDate from, LocalDate toExclusive, SystemEnv onlyTarget, Consumer<BackupDaySummary> sink) {
        summaries().forEach((target, days) -> {
            if (onlyTarget == null || onlyTarget.equals(target)) {
                days.subMap(from, toExclusive).values().forEach(sink);
            }
        });
    }

    @Override
    public Map<SystemEnv, CarryIn> newestBefore(LocalDate day) {
        Map<SystemEnv, CarryIn> out = new TreeMap<>();
        summaries().forEach((target, days) -> {
            long lastOk = BackupDaySummary.NONE;
            long lastVerified = BackupDaySummary.NONE;
            for (BackupDaySummary s : days.headMap(day).values()) {
                lastOk = Math.max(lastOk, s.lastOk());
                lastVerified = Math.max(lastVerified, s.lastVerified());
            }
            if (lastOk != BackupDaySummary.NONE || lastVerified != BackupDaySummary.NONE) {
                out.put(target, new CarryIn(lastOk, lastVerified));
            }
        });
        return out;
    }

    /** Per target and day, the summary of the backups completed that day, in completion order. */
    private TreeMap<SystemEnv, TreeMap<LocalDate, BackupDaySummary>> summaries() {
        TreeMap<SystemEnv, TreeMap<LocalDate, DaySummaryBuilder>> builders = new TreeMap<>();
        ZoneId z = zone;
        List<Backup> completed = backups.all().stream().filter(b -> b.completedAt() != null)
                .sorted(Comparator.comparing(Backup::completedAt)).toList();
        for (Backup b : completed) {
            builders.computeIfAbsent(b.target(), t -> new TreeMap<>())
                    .computeIfAbsent(LocalDate.ofInstant(b.completedAt(), z), d -> DaySummaryBuilder.empty())
                    .add(b.completedAt().getEpochSecond(), b.status(), b.verified());
        }
        TreeMap<SystemEnv, TreeMap<LocalDate, BackupDaySummary>> out = new TreeMap<>();
        builders.forEach((target, days) -> days.forEach((day, builder) -> {
            BackupDaySummary s = builder.build(target, day);
            if (s.succeeded() + s.failed() > 0) {
                out.computeIfAbsent(target, t -> new TreeMap<>()).put(day, s);
            }
        }));
        return out;
    }
}
