package io.drillbook.core.drill;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Resolves a plan's {@link BackupSelection} to one succeeded backup among its candidates: the
 * inventory's, or those an S3 listing found ({@link BackupOrigin}). Picks the latest, the latest
 * verified, a given id, or a random one completed within the last N days; fails with a sentence a
 * person can act on when nothing fits.
 */
public final class BackupSelector {
    /** How far back "latest" and "latest verified" look in the inventory. */
    static final int SEARCH_LIMIT = 500;

    private final BackupRepository backups;
    private final ObjectStoreListing listings;
    private final Clock clock;
    private final RandomGenerator random;

    public BackupSelector(BackupRepository backups, Clock clock) {
        this(backups, null, clock, new Random());
    }

    public BackupSelector(BackupRepository backups, Clock clock, RandomGenerator random) {
        this(backups, null, clock, random);
    }

    /** @param listings lists plans' S3 prefixes; null when only the inventory is reachable */
    public BackupSelector(BackupRepository backups, ObjectStoreListing listings, Clock clock, RandomGenerator random) {
        this.backups = backups;
        this.listings = listings;
        this.clock = clock;
        this.random = random;
    }

    /** Picks from the inventory. */
    public Backup select(SystemEnv target, BackupSelection selection) {
        return pick(target, new InventoryCandidates(backups, target), selection).backup();
    }

    /** Reads the plan's candidates (lists its S3 prefix when it names one; blocks) and picks one. */
    public BackupChoice choose(DrillPlan plan, BackupSelection selection, ProgressListener progress, CancellationToken cancel) {
        return pick(plan.systemEnv(), candidates(plan, progress, cancel), selection);
    }

    /** The plan's candidates: the inventory's, or a fresh listing of its S3 prefix. */
    public BackupCandidates candidates(DrillPlan plan, ProgressListener progress, CancellationToken cancel) {
        if (!plan.backupOrigin().listed()) {
            return new InventoryCandidates(backups, plan.systemEnv());
        }
        if (listings == null) {
            throw new IllegalStateException("plan '" + plan.name() + "' lists backups from storage profile '"
                    + plan.backupOrigin().storage() + "', but no object store is wired here");
        }
        return listings.list(plan.systemEnv(), plan.backupOrigin(), progress, cancel);
    }

    /** Applies the pick rule to {@code candidates} of {@code target}. */
    public BackupChoice pick(SystemEnv target, BackupCandidates candidates, BackupSelection selection) {
        List<Backup> pool = switch (selection.pick()) {
            case LATEST, LATEST_VERIFIED -> candidates.newest();
            case ID -> List.of();
            case RANDOM_WITHIN_DAYS -> within(candidates, selection.withinDays());
        };
        Backup chosen = switch (selection.pick()) {
            case LATEST -> pool.stream().findFirst()
                    .orElseThrow(() -> none(target, candidates, "no succeeded backup"));
            case LATEST_VERIFIED -> pool.stream().filter(Backup::verified).findFirst()
                    .orElseThrow(() -> none(target, candidates, "no verified backup (none has passed a drill yet); pick 'latest'"));
            case ID -> byId(target, candidates, selection.backupId());
            case RANDOM_WITHIN_DAYS -> randomOf(target, candidates, pool, selection.withinDays());
        };
        return BackupChoice.of(candidates, chosen, describe(selection), selection.pick() == BackupSelection.Pick.ID ? -1 : pool.size());
    }

    private Backup byId(SystemEnv target, BackupCandidates candidates, String id) {
        Backup found = candidates.byId(id).orElseThrow(() -> none(target, candidates, "no backup with id '" + id + "'"));
        if (!found.status().isRecoveryPoint()) {
            throw new IllegalArgumentException("backup '" + id + "' of " + target + " is " + found.status()
                    + ": only a succeeded backup can be restored");
        }
        return found;
    }

    private List<Backup> within(BackupCandidates candidates, int days) {
        Instant now = clock.instant();
        return candidates.completedBetween(now.minus(Duration.ofDays(days)), now);
    }

    private Backup randomOf(SystemEnv target, BackupCandidates candidates, List<Backup> recent, int days) {
        if (recent.isEmpty()) {
            throw none(target, candidates, "no succeeded backup within the last " + days + " days");
        }
        return recent.get(random.nextInt(recent.size()));
    }

    private static String describe(BackupSelection selection) {
        return switch (selection.pick()) {
            case LATEST -> "latest";
            case LATEST_VERIFIED -> "latestVerified";
            case ID -> "id " + selection.backupId();
            case RANDOM_WITHIN_DAYS -> "randomWithinDays " + selection.withinDays();
        };
    }

    private static IllegalArgumentException none(SystemEnv target, BackupCandidates candidates, String what) {
        return new IllegalArgumentException(target + " has " + what + " in " + candidates.origin() + candidates.explanation());
    }
}
