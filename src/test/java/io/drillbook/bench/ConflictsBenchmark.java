package io.drillbook.bench;

import io.drillbook.core.calendar.Conflict;
import io.drillbook.core.calendar.ConflictDetector;
import io.drillbook.core.calendar.ConflictKind;
import io.drillbook.core.calendar.Occurrence;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;
import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Conflict detection for 5,000 releases against 1,000 recurring backup windows (half daily, half
 * weekly) over a year: the indexed {@link ConflictDetector} against nested loops over every
 * expanded occurrence, in the same run, checking both find the same conflicts.
 */
public final class ConflictsBenchmark implements Benchmark {
    private static final Instant YEAR_START = Instant.parse("2027-01-01T00:00:00Z");
    private static final int SYSTEMS = 200;
    private static final List<String> ENVS = List.of("prod", "staging");

    @Override
    public String name() {
        return "conflicts";
    }

    @Override
    public String description() {
        return "5,000 releases vs 1,000 recurring windows over a year: indexed detector vs nested loops";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Random random = new Random(42);
        List<BackupWindow> windows = windows(random);
        List<Release> releases = releases(random);
        ConflictDetector detector = new ConflictDetector(new RecurrenceExpander());
        long[] ours = new long[1];
        double oursMs = Timing.medianMillis(1, 3, () -> ours[0] = countCalendarConflicts(detector.detect(releases, windows, List.of())));
        long[] naive = new long[1];
        double naiveMs = Timing.medianMillis(0, 1, () -> naive[0] = naive(releases, windows));
        report.figure("conflicts found (indexed / naive)", ours[0], "/ " + naive[0]);
        if (ours[0] != naive[0]) {
            report.note("MISMATCH: the two methods disagree");
        }
        report.compare("detect all conflicts, 5,000 releases x 1,000 windows", oursMs, "nested loops", naiveMs, "ms");
    }

    private static long countCalendarConflicts(List<Conflict> conflicts) {
        return conflicts.stream().filter(c -> c.kind() == ConflictKind.BACKUP_WINDOW || c.kind() == ConflictKind.RELEASE_OVERLAP).count();
    }

    /** Expands every window over the year, then compares every release with every occurrence and release. */
    private static long naive(List<Release> releases, List<BackupWindow> windows) {
        RecurrenceExpander expander = new RecurrenceExpander();
        Instant end = YEAR_START.plus(Duration.ofDays(366));
        List<BackupWindow> owners = new ArrayList<>();
        List<Occurrence> occurrences = new ArrayList<>();
        for (BackupWindow w : windows) {
            for (Occurrence o : expander.between(w.when(), YEAR_START, end)) {
                owners.add(w);
                occurrences.add(o);
            }
        }
        long found = 0;
        for (Release r : releases) {
            for (SystemEnv t : r.targets()) {
                for (int i = 0; i < occurrences.size(); i++) {
                    if (occurrences.get(i).overlaps(r.start(), r.end()) && owners.get(i).covers(t)) {
                        found++;
                    }
                }
                for (Release other : releases) {
                    if (other != r && other.touches(t) && other.start().isBefore(r.end()) && other.end().isAfter(r.start())) {
                        found++;
                    }
                }
            }
        }
        return found;
    }

    private static List<BackupWindow> windows(Random random) {
        List<BackupWindow> windows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String rule = i % 2 == 0 ? "FREQ=DAILY" : "FREQ=WEEKLY;BYDAY=" + List.of("MO", "TU,TH", "SA,SU", "FR").get(i % 4);
            Recurrence when = new Recurrence(LocalDateTime.parse("2026-06-01T00:00").plusMinutes(15L * random.nextInt(96)),
                    Duration.ofMinutes(30 + random.nextInt(150)), ZoneId.of("Europe/Berlin"), rule, List.of());
            windows.add(new BackupWindow("window-" + i, List.of("sys-" + random.nextInt(SYSTEMS)), List.of(ENVS.get(i % 2)), when));
        }
        return windows;
    }

    private static List<Release> releases(Random random) {
        List<Release> releases = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            Instant start = YEAR_START.plus(Duration.ofMinutes(15L * random.nextInt(365 * 96)));
            Instant end = start.plus(Duration.ofMinutes(60 + 30L * random.nextInt(5)));
            releases.add(new Release("REL-" + i, "", List.of("sys-" + random.nextInt(SYSTEMS)), List.of(ENVS.get(random.nextInt(2))),
                    start, end, RiskClass.STANDARD, null, ReleaseStatus.PLANNED, 0));
        }
        return releases;
    }
}
