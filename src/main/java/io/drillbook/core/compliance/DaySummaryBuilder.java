package io.drillbook.core.compliance;

import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.time.LocalDate;

import static io.drillbook.core.compliance.BackupDaySummary.NONE;

/**
 * Folds backups of one day into a {@link BackupDaySummary}, in completion order. Starting from a
 * stored summary it extends it incrementally, which is exact as long as the new recovery points
 * are not older than the ones already counted ({@link #canAppend}); otherwise the day must be
 * rebuilt from its backups.
 */
public final class DaySummaryBuilder {
    private int succeeded;
    private int failed;
    private long firstOk = NONE;
    private long lastOk = NONE;
    private long maxOkGap;
    private long firstVerified = NONE;
    private long lastVerified = NONE;
    private long maxVerifiedGap;

    public static DaySummaryBuilder empty() {
        return new DaySummaryBuilder();
    }

    public static DaySummaryBuilder from(BackupDaySummary s) {
        DaySummaryBuilder b = new DaySummaryBuilder();
        b.succeeded = s.succeeded();
        b.failed = s.failed();
        b.firstOk = s.firstOk();
        b.lastOk = s.lastOk();
        b.maxOkGap = s.maxOkGap();
        b.firstVerified = s.firstVerified();
        b.lastVerified = s.lastVerified();
        b.maxVerifiedGap = s.maxVerifiedGap();
        return b;
    }

    /** True when adding a backup completed at {@code completed} keeps the summary exact. */
    public boolean canAppend(long completed, BackupStatus status) {
        return !status.isRecoveryPoint() || lastOk == NONE || completed >= lastOk;
    }

    /** Adds one finished backup; recovery points must come in completion order. */
    public DaySummaryBuilder add(long completed, BackupStatus status, boolean verified) {
        if (status == BackupStatus.FAILED || status == BackupStatus.PARTIAL) {
            failed++;
        } else if (status.isRecoveryPoint()) {
            succeeded++;
            maxOkGap = lastOk == NONE ? maxOkGap : Math.max(maxOkGap, completed - lastOk);
            firstOk = firstOk == NONE ? completed : firstOk;
            lastOk = completed;
            if (verified && (lastVerified == NONE || completed >= lastVerified)) {
                maxVerifiedGap = lastVerified == NONE ? maxVerifiedGap : Math.max(maxVerifiedGap, completed - lastVerified);
                firstVerified = firstVerified == NONE ? completed : firstVerified;
                lastVerified = completed;
            }
        }
        return this;
    }

    public BackupDaySummary build(SystemEnv target, LocalDate day) {
        return new BackupDaySummary(target, day, succeeded, failed, firstOk, lastOk, maxOkGap, firstVerified,
                lastVerified, maxVerifiedGap);
    }
}
