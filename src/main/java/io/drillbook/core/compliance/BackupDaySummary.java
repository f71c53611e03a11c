package io.drillbook.core.compliance;

import io.drillbook.core.model.SystemEnv;

import java.time.LocalDate;

/**
 * The backups of one target completed on one calendar day, reduced to what compliance needs.
 * Times are epoch seconds; {@link #NONE} where there is none. Failed counts failed and partial
 * backups. Verified points are succeeded backups that passed a drill.
 *
 * @param maxOkGap       the longest gap between two consecutive succeeded completions within the day
 * @param maxVerifiedGap the same between verified ones
 */
public record BackupDaySummary(SystemEnv target, LocalDate day, int succeeded, int failed, long firstOk, long lastOk,
                               long maxOkGap, long firstVerified, long lastVerified, long maxVerifiedGap) {
    public static final long NONE = Long.MIN_VALUE;

    public boolean hasOk() {
        return lastOk != NONE;
    }

    public boolean hasVerified() {
        return lastVerified != NONE;
    }
}
