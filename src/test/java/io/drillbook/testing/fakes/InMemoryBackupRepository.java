package io.drillbook.testing.fakes;

import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backup inventory in a map keyed like the JDBC adapter's unique key (target, source, id).
 * {@link #summaries()} gives the day summaries the compliance rules read, computed from these backups.
 */
public final class InMemoryBackupRepository implements BackupRepository, InMemoryTransactions.Snapshotting {
    private static final Comparator<Backup> BY_POINT = Comparator.comparing(InMemoryBackupRepository::point);
    private final Map<String, Backup> backups = new LinkedHashMap<>();
    private final InMemoryDaySummaryStore summaries = new InMemoryDaySummaryStore(this);

    /** The day summaries of these backups (always current, like the JDBC store's maintained rows). */
    public InMemoryDaySummaryStore summaries() {
        return summaries;
    }

    private static String key(Backup b) {
        return b.target() + "|" + b.source().name() + "|" + b.externalId();
    }

    private static Instant point(Backup b) {
        return b.completedAt() == null ? b.startedAt() : b.completedAt();
    }

    @Override
    public synchronized int addAll(Collection<Backup> incoming) {
        int added = 0;
        for (Backup b : incoming) {
            Backup stored = backups.get(key(b));
            if (stored == null) {
                backups.put(key(b), b);
                added++;
            } else {
                backups.put(key(b), refreshed(stored, b));
            }
        }
        return added;
    }

    /** A later status where it may follow the stored one; size and checksum filled in where unknown. */
    private static Backup refreshed(Backup stored, Backup later) {
        BackupStatus status = stored.status();
        Instant completed = stored.completedAt();
        long size = stored.sizeBytes();
        if (stored.status().mayBecome(later.status())) {
            status = later.status();
            completed = later.completedAt() == null ? completed : later.completedAt();
            size = later.sizeBytes() < 0 ? size : later.sizeBytes();
        }
        size = size < 0 && later.sizeBytes() >= 0 ? later.sizeBytes() : size;
        String checksum = stored.checksum().isEmpty() ? later.checksum() : stored.checksum();
        return new Backup(stored.target(), stored.source(), stored.externalId(), stored.startedAt(), completed, status, size,
                checksum, stored.location(), stored.encrypted(), stored.immutableUntil(), stored.verified());
    }

    @Override
    public synchronized List<Backup> between(SystemEnv target, Instant from, Instant to) {
        return of(target).stream().filter(b -> !point(b).isBefore(from) && point(b).isBefore(to)).sorted(BY_POINT).toList();
    }

    @Override
    public synchronized List<Backup> newest(SystemEnv target, int limit) {
        return of(target).stream().sorted(BY_POINT.reversed()).limit(Math.max(1, limit)).toList();
    }

    @Override
    public synchronized Optional<Backup> newestCompletedBy(SystemEnv target, Instant notAfter) {
        return newestCompleted(target, notAfter).findFirst();
    }

    @Override
    public synchronized Optional<Backup> newestSucceededBy(SystemEnv target, Instant notAfter) {
        return newestCompleted(target, notAfter).filter(b -> b.status() == BackupStatus.SUCCEEDED).findFirst();
    }

    private java.util.stream.Stream<Backup> newestCompleted(SystemEnv target, Instant notAfter) {
        return of(target).stream().filter(b -> b.completedAt() != null && !b.completedAt().isAfter(notAfter))
                .sorted(Comparator.comparing(Backup::completedAt).thenComparing(Backup::externalId).reversed());
    }

    @Override
    public synchronized Optional<Backup> byExternalId(SystemEnv target, String externalId) {
        return of(target).stream().filter(b -> b.externalId().equals(externalId)).findFirst();
    }

    @Override
    public synchronized void markVerified(SystemEnv target, String externalId) {
        backups.replaceAll((k, b) -> b.target().equals(target) && b.externalId().equals(externalId) ? b.withVerified(true) : b);
    }

    @Override
    public synchronized List<Backup> verified(SystemEnv target, int limit) {
        return of(target).stream().filter(Backup::verified).sorted(BY_POINT.reversed()).limit(Math.max(1, limit)).toList();
    }

    @Override
    public synchronized long count() {
        return backups.size();
    }

    /** Every stored backup (a copy), for the day summaries. */
    synchronized List<Backup> all() {
        return new ArrayList<>(backups.values());
    }

    private List<Backup> of(SystemEnv target) {
        return backups.values().stream().filter(b -> b.target().equals(target)).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, Backup> saved = new LinkedHashMap<>(backups);
        return () -> {
            synchronized (this) {
                backups.clear();
                backups.putAll(saved);
            }
        };
    }
}
