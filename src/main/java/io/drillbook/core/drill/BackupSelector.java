package io.drillbook.core.drill;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.ports.BackupRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Resolves a plan's {@link BackupSelection} to one succeeded backup of the inventory: the latest,
 * the latest verified, a given external id, or a random one completed within the last N days.
 * Fails with a sentence a person can act on when nothing fits.
 */
public final class BackupSelector {
    /** How far back "latest" and "latest verified" look. */
    static final int SEARCH_LIMIT = 500;

    private final BackupRepository backups;
    private final Clock clock;
    private final RandomGenerator random;

    public BackupSelector(BackupRepository backups, Clock clock) {
        this(backups, clock, new Random());
    }

    public BackupSelector(BackupRepository backups, Clock clock, RandomGenerator random) {
        this.backups = backups;
        this.clock = clock;
        this.random = random;
    }

    public Backup select(SystemEnv target, BackupSelection selection) {
        return switch (selection.pick()) {
            case LATEST -> recoveryPoints(target).stream().findFirst()
                    .orElseThrow(() -> none(target, "no succeeded backup"));
            case LATEST_VERIFIED -> recoveryPoints(target).stream().filter(Backup::verified).findFirst()
                    .orElseThrow(() -> none(target, "no verified backup (none has passed a drill yet); pick 'latest'"));
            case ID -> byId(target, selection.backupId());
            case RANDOM_WITHIN_DAYS -> randomWithin(target, selection.withinDays());
        };
    }

    /** Candidates for a person to choose from: succeeded backups, newest first. */
    public List<Backup> recoveryPoints(SystemEnv target) {
        return backups.newest(target, SEARCH_LIMIT).stream().filter(b -> b.status().isRecoveryPoint()).toList();
    }

    private Backup byId(SystemEnv target, String id) {
        Backup found = backups.byExternalId(target, id).orElseThrow(() -> none(target, "no backup with id '" + id + "'"));
        if (!found.status().isRecoveryPoint()) {
            throw new IllegalArgumentException("backup '" + id + "' of " + target + " is " + found.status()
                    + ": only a succeeded backup can be restored");
        }
        return found;
    }

    private Backup randomWithin(SystemEnv target, int days) {
        Instant now = clock.instant();
        List<Backup> recent = backups.between(target, now.minus(Duration.ofDays(days)), now).stream()
                .filter(b -> b.status().isRecoveryPoint()).toList();
        if (recent.isEmpty()) {
            throw none(target, "no succeeded backup within the last " + days + " days");
        }
        return recent.get(random.nextInt(recent.size()));
    }

    private static IllegalArgumentException none(SystemEnv target, String what) {
        return new IllegalArgumentException(target + " has " + what + " in the inventory");
    }
}
