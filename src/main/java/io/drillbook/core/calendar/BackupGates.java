package io.drillbook.core.calendar;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.Policy;
import io.drillbook.core.inventory.BackupRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The two backup gates: a fresh succeeded pre-release backup, and the newest backup not failed. */
final class BackupGates {
    private final BackupRepository backups;

    BackupGates(BackupRepository backups) {
        this.backups = backups;
    }

    GateResult preReleaseBackup(GateWindow w) {
        if (w.policy().isEmpty()) {
            return new GateResult(Gate.PRE_RELEASE_BACKUP, w.target(), GateStatus.UNKNOWN, "no policy for " + w.target() + " is in force", Map.of());
        }
        Policy policy = w.policy().get();
        Optional<Backup> newest = backups.newestSucceededBy(w.target(), limit(w));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("allowedAge", policy.preReleaseBackupAge().toString());
        String rule = "policy: at most " + HumanDuration.of(policy.preReleaseBackupAge()) + " old when the window starts";
        if (newest.isEmpty()) {
            return new GateResult(Gate.PRE_RELEASE_BACKUP, w.target(), GateStatus.FAIL,
                    "no succeeded backup of " + w.target() + " before " + Times.utc(w.start()) + "; " + rule, data);
        }
        Backup b = newest.get();
        Duration age = b.ageAt(w.start());
        data.put("backup", b.externalId());
        data.put("completedAt", b.completedAt().toString());
        data.put("age", age.toString());
        GateStatus status = age.compareTo(policy.preReleaseBackupAge()) <= 0 ? GateStatus.PASS : GateStatus.FAIL;
        String reason = "newest succeeded backup of " + w.target() + " (" + b.source().name().toLowerCase(java.util.Locale.ROOT) + " "
                + b.externalId() + ") is " + HumanDuration.of(age) + " old when the window starts; " + rule;
        return new GateResult(Gate.PRE_RELEASE_BACKUP, w.target(), status, reason, data);
    }

    GateResult newestBackup(GateWindow w) {
        Optional<Backup> newest = backups.newestCompletedBy(w.target(), limit(w));
        if (newest.isEmpty()) {
            return new GateResult(Gate.NEWEST_BACKUP, w.target(), GateStatus.UNKNOWN,
                    "no finished backup of " + w.target() + " is recorded", Map.of());
        }
        Backup b = newest.get();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("backup", b.externalId());
        data.put("status", b.status().name());
        data.put("completedAt", b.completedAt().toString());
        boolean ok = b.status() == BackupStatus.SUCCEEDED;
        String reason = "newest backup of " + w.target() + " (" + b.externalId() + ", completed " + Times.utc(b.completedAt())
                + ") " + (ok ? "succeeded" : "is " + b.status().name().toLowerCase(java.util.Locale.ROOT));
        return new GateResult(Gate.NEWEST_BACKUP, w.target(), ok ? GateStatus.PASS : GateStatus.FAIL, reason, data);
    }

    /** Backups count when completed before the window starts and not after the moment judged. */
    private static Instant limit(GateWindow w) {
        return w.start().isBefore(w.at()) ? w.start() : w.at();
    }
}
