package io.drillbook.core.drill;

import io.drillbook.core.connect.ObjectSummary;
import io.drillbook.core.model.Backup;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Candidates from one listing of an object-store prefix, held in memory: each key the naming rule
 * read as a backup of the plan's system and environment, verified when Drillbook's records say a
 * drill passed on that object's URI. Made by {@link ObjectStoreListing}.
 *
 * @param explanation what was listed and what did not count, for an error when nothing fits
 */
record ListedCandidates(String origin, List<Backup> backups, Map<String, ObjectSummary> objects, String explanation)
        implements BackupCandidates {

    ListedCandidates {
        backups = backups.stream().sorted(Comparator.comparing(ListedCandidates::time).reversed()
                .thenComparing(Backup::externalId, Comparator.reverseOrder())).toList();
        objects = Map.copyOf(objects);
    }

    static ListedCandidates of(String origin, List<Backup> backups, List<ObjectSummary> objects, String explanation) {
        return new ListedCandidates(origin, backups,
                objects.stream().collect(Collectors.toMap(ObjectSummary::key, Function.identity(), (a, b) -> a)), explanation);
    }

    @Override
    public List<Backup> newest() {
        return backups;
    }

    /** By key, or by the object's full {@code s3://bucket/key} URI. */
    @Override
    public Optional<Backup> byId(String id) {
        return backups.stream().filter(b -> b.externalId().equals(id) || b.location().equals(id)).findFirst();
    }

    @Override
    public List<Backup> completedBetween(Instant from, Instant to) {
        return backups.stream().filter(b -> !time(b).isBefore(from) && time(b).isBefore(to))
                .sorted(Comparator.comparing(ListedCandidates::time)).toList();
    }

    @Override
    public Optional<ObjectSummary> object(Backup backup) {
        return Optional.ofNullable(objects.get(backup.externalId()));
    }

    private static Instant time(Backup b) {
        return b.completedAt() == null ? b.startedAt() : b.completedAt();
    }
}
