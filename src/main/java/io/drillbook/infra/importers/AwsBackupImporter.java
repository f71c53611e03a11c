package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.TargetMapping;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aws backup list-recovery-points-by-backup-vault}: {@code RecoveryPoints}, times as ISO
 * 8601 or epoch seconds. A recovery point maps by its vault, else to the default target. Only
 * COMPLETED and AVAILABLE points are good recovery points: EXPIRED and DELETING ones can no longer
 * be restored, PARTIAL ones are incomplete, CREATING ones are still running.
 */
public final class AwsBackupImporter extends JsonImporter {
    private static final Map<String, BackupStatus> STATUSES = Map.of(
            "COMPLETED", BackupStatus.SUCCEEDED,
            "AVAILABLE", BackupStatus.SUCCEEDED,
            "EXPIRED", BackupStatus.EXPIRED,
            "DELETING", BackupStatus.DELETED,
            "DELETED", BackupStatus.DELETED,
            "PARTIAL", BackupStatus.PARTIAL,
            "CREATING", BackupStatus.RUNNING,
            "STOPPED", BackupStatus.FAILED);

    @Override
    public String format() {
        return "aws-backup";
    }

    @Override
    public BackupSource source() {
        return BackupSource.AWS_BACKUP;
    }

    @Override
    void read(Node root, BatchBuilder batch) throws ImportException {
        if (!root.isObject() || root.get("RecoveryPoints").isMissing()) {
            throw root.error("expected an object with 'RecoveryPoints' (aws backup list-recovery-points-by-backup-vault)");
        }
        for (Node point : root.get("RecoveryPoints").elements("a list of recovery points")) {
            readPoint(point, batch);
        }
    }

    private void readPoint(Node p, BatchBuilder batch) throws ImportException {
        String arn = p.get("RecoveryPointArn").text();
        String statusText = p.get("Status").text();
        BackupStatus status = STATUSES.get(statusText);
        if (status == null) {
            throw p.get("Status").error("unknown recovery point status '" + statusText + "'");
        }
        ZoneId zone = batch.options().zone();
        Instant created = p.get("CreationDate").instant(zone);
        Instant completed = status == BackupStatus.RUNNING ? null : p.get("CompletionDate").instantOr(zone, created);
        Optional<SystemEnv> target = batch.target(arn, TargetMapping.VAULT, p.get("BackupVaultName").textOr(null));
        if (target.isPresent()) {
            batch.add(p, new BatchBuilder.Facts(target.get(), arn, created, completed, status,
                    p.get("BackupSizeInBytes").longOr(-1), arn, p.get("IsEncrypted").boolOr(false)));
        }
        if (status != BackupStatus.SUCCEEDED) {
            batch.notice(arn + ": " + statusText + p.get("StatusMessage").textOr("").transform(m -> m.isEmpty() ? "" : " (" + m + ")"));
        }
    }
}
