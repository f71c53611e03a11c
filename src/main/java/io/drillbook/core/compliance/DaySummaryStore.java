package io.drillbook.core.compliance;

import io.drillbook.core.model.SystemEnv;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The per target and day backup summaries, maintained as backups are added, so compliance never
 * reads raw backups. Days are calendar days in the store's zone.
 */
public interface DaySummaryStore {

    /** The zone the stored days are calendar days of. */
    ZoneId zone();

    /** Rebuilds every summary for days in {@code zone} (a one-off when the workspace zone changes). */
    void rezone(ZoneId zone);

    /** Every target that has backups, sorted. */
    List<SystemEnv> targets();

    /**
     * Summaries of days in [from, toExclusive), grouped by target and ordered by day within it;
     * only {@code onlyTarget}'s when it is not null. May call {@code sink} from several threads at
     * once, but all days of one target from one thread, in day order.
     */
    void forEach(LocalDate from, LocalDate toExclusive, SystemEnv onlyTarget, Consumer<BackupDaySummary> sink);

    /** Per target, the newest succeeded and verified completion before {@code day}. */
    Map<SystemEnv, CarryIn> newestBefore(LocalDate day);

    /**
     * The newest recovery points before a range, epoch seconds or {@link BackupDaySummary#NONE}.
     */
    record CarryIn(long lastOk, long lastVerified) {
        public static final CarryIn NONE = new CarryIn(BackupDaySummary.NONE, BackupDaySummary.NONE);
    }
}
