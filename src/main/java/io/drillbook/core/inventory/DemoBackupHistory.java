package io.drillbook.core.inventory;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * A year of believable backup history for the demo workspace: per target, backups at a quarter
 * of its RPO (between hourly and daily) with jitter, a few skipped runs and failures; on the first
 * production target, five days without a succeeded backup about five weeks ago (a clear RPO
 * breach); and past drills: passed ones, one failed and one stale. Deterministic for a seed.
 */
public final class DemoBackupHistory {
    static final int BREACH_DAYS_AGO = 38;
    static final int BREACH_LENGTH_DAYS = 5;

    private DemoBackupHistory() {
    }

    /** What the demo store gets: backups (some verified by the drills) and drill summaries. */
    public record History(List<Backup> backups, List<DrillSummary> drills) {
    }

    /**
     * The rules assets/demo/demo.yaml states: the random seed, and the one deliberate breach
     * ({@code breachDays} days without a succeeded backup, starting {@code breachDaysAgo} days ago).
     */
    public record Rules(long seed, int breachDaysAgo, int breachDays) {
        public static Rules of(long seed) {
            return new Rules(seed, BREACH_DAYS_AGO, BREACH_LENGTH_DAYS);
        }
    }

    public static History generate(List<Policy> policies, Clock clock, long seed) {
        return generate(policies, clock, Rules.of(seed));
    }

    public static History generate(List<Policy> policies, Clock clock, Rules rules) {
        Random random = new Random(rules.seed());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        TreeMap<SystemEnv, Policy> newestPolicy = new TreeMap<>();
        policies.forEach(p -> newestPolicy.merge(p.target(), p, (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b));
        SystemEnv breached = newestPolicy.keySet().stream().filter(t -> t.environment().equals("prod")).findFirst()
                .orElse(newestPolicy.isEmpty() ? null : newestPolicy.firstKey());
        List<Backup> backups = new ArrayList<>();
        List<DrillSummary> drills = new ArrayList<>();
        int index = 0;
        for (Policy policy : newestPolicy.values()) {
            List<Backup> own = backupsOf(policy, now, random, policy.target().equals(breached) ? rules : null);
            List<DrillSummary> ownDrills = DemoDrills.of(policy, own, now, index, random);
            index += ownDrills.isEmpty() ? 0 : 1;
            drills.addAll(ownDrills);
            backups.addAll(DemoDrills.markVerified(own, drills));
        }
        return new History(backups, drills);
    }

    /** @param breach the rules of the deliberate breach when this target has it, else null */
    private static List<Backup> backupsOf(Policy policy, Instant now, Random random, Rules breach) {
        Duration every = clamp(policy.rpo().dividedBy(4), Duration.ofHours(1), Duration.ofHours(24));
        Instant breachStart = now.minus(Duration.ofDays(breach == null ? 0 : breach.breachDaysAgo()));
        Instant breachEnd = breachStart.plus(Duration.ofDays(breach == null ? 0 : breach.breachDays()));
        List<Backup> out = new ArrayList<>();
        int n = 0;
        boolean missedLast = false;
        for (Instant slot = now.minus(Duration.ofDays(365)); slot.isBefore(now.minus(Duration.ofMinutes(30))); slot = slot.plus(every)) {
            boolean inBreach = breach != null && !slot.isBefore(breachStart) && slot.isBefore(breachEnd);
            // Outside the one deliberate breach, never two misses in a row: a gap stays well inside the RPO.
            double roll = missedLast && !inBreach ? 0.5 : random.nextDouble();
            if (inBreach && slot.isAfter(breachStart.plus(Duration.ofDays(2)))) {
                continue;
            }
            if (!inBreach && roll < 0.02) {
                missedLast = true;
                continue;
            }
            BackupStatus status = inBreach || roll > 0.99 ? BackupStatus.FAILED : BackupStatus.SUCCEEDED;
            missedLast = status != BackupStatus.SUCCEEDED;
            Instant started = slot.plusSeconds(random.nextInt(600));
            Instant completed = started.plusSeconds(120 + random.nextInt(1800));
            out.add(new Backup(policy.target(), BackupSource.DEMO, policy.target() + "-" + (++n), started, completed, status,
                    status == BackupStatus.SUCCEEDED ? 1_000_000_000L + random.nextInt(100_000_000) : 0, "",
                    "s3://drillbook-demo/" + policy.target() + "/" + n, true, null, false));
        }
        return out;
    }

    private static Duration clamp(Duration d, Duration min, Duration max) {
        return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
    }

    /** Drill summaries for one target and the backups they verified. */
    private static final class DemoDrills {
        static List<DrillSummary> of(Policy policy, List<Backup> backups, Instant now, int index, Random random) {
            List<DrillSummary> out = new ArrayList<>();
            if (!policy.target().environment().equals("prod") || backups.isEmpty()) {
                return out;
            }
            int[] ageDays = switch (index % 4) {
                case 1 -> new int[]{200};
                case 2 -> new int[]{120, 20};
                default -> new int[]{150, 60};
            };
            for (int i = 0; i < ageDays.length; i++) {
                boolean failed = index % 4 == 2 && i == ageDays.length - 1;
                out.add(drill(policy, backups, atWorkingHours(now.minus(Duration.ofDays(ageDays[i])), random), failed, random));
            }
            return out;
        }

        /** A moment of that day (UTC) between 07:00 and 18:00: people run drills at varied times, not at one minute. */
        private static Instant atWorkingHours(Instant day, Random random) {
            return day.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofMinutes(7 * 60 + random.nextInt(11 * 60)));
        }

        private static DrillSummary drill(Policy policy, List<Backup> backups, Instant at, boolean failed, Random random) {
            Backup restored = backups.stream().filter(b -> b.status() == BackupStatus.SUCCEEDED && b.completedAt().isBefore(at))
                    .reduce((a, b) -> b).orElse(backups.get(0));
            Duration automated = Duration.ofMinutes(10 + random.nextInt(20));
            Duration manual = Duration.ofMinutes(2 + random.nextInt(8));
            Duration recovery = automated.plus(manual);
            return new DrillSummary("demo-" + policy.target().system() + "-" + at.getEpochSecond(), policy.target(), "restore "
                    + policy.target().system(), restored.externalId(), at, at.plus(recovery), failed ? RunResult.FAILED : RunResult.PASSED,
                    Duration.between(restored.completedAt(), at), recovery, automated, manual, "demo");
        }

        static List<Backup> markVerified(List<Backup> backups, List<DrillSummary> drills) {
            List<String> verified = drills.stream().filter(DrillSummary::passed).map(DrillSummary::backupId).toList();
            return backups.stream().map(b -> verified.contains(b.externalId()) ? b.withVerified(true) : b).toList();
        }
    }
}
