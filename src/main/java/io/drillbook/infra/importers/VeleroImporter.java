package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.TargetMapping;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code velero backup get -o json}: a {@code BackupList} or a single {@code Backup}. Phases:
 * Completed, PartiallyFailed, Failed (and FailedValidation), InProgress and the other in-flight
 * phases (running, never a good recovery point), Deleting (deleted); a backup maps by its schedule label, else to the default target.
 */
public final class VeleroImporter extends JsonImporter {
    private static final String SCHEDULE_LABEL = "velero.io/schedule-name";
    private static final Map<String, BackupStatus> PHASES = Map.ofEntries(
            Map.entry("Completed", BackupStatus.SUCCEEDED),
            Map.entry("PartiallyFailed", BackupStatus.PARTIAL),
            Map.entry("Failed", BackupStatus.FAILED),
            Map.entry("FailedValidation", BackupStatus.FAILED),
            Map.entry("New", BackupStatus.RUNNING),
            Map.entry("InProgress", BackupStatus.RUNNING),
            Map.entry("WaitingForPluginOperations", BackupStatus.RUNNING),
            Map.entry("WaitingForPluginOperationsPartiallyFailed", BackupStatus.RUNNING),
            Map.entry("Finalizing", BackupStatus.RUNNING),
            Map.entry("FinalizingPartiallyFailed", BackupStatus.RUNNING),
            Map.entry("Deleting", BackupStatus.DELETED));

    @Override
    public String format() {
        return "velero";
    }

    @Override
    public BackupSource source() {
        return BackupSource.VELERO;
    }

    @Override
    void read(Node root, BatchBuilder batch) throws ImportException {
        String kind = root.isObject() ? root.get("kind").textOr("") : "";
        List<Node> items = switch (kind) {
            case "BackupList" -> root.get("items").isMissing() ? List.of() : root.get("items").elements("the list's items");
            case "Backup" -> List.of(root);
            default -> throw root.error("expected a Velero BackupList or Backup object (kind), found kind '" + kind + "'");
        };
        for (Node item : items) {
            readBackup(item, batch);
        }
    }

    private void readBackup(Node b, BatchBuilder batch) throws ImportException {
        String name = b.get("metadata").get("name").text();
        Node status = b.get("status");
        String phase = status.get("phase").textOr("New");
        BackupStatus mapped = PHASES.get(phase);
        if (mapped == null) {
            batch.reject(name, "phase '" + phase + "' is not a backup outcome");
            return;
        }
        ZoneId zone = batch.options().zone();
        Instant created = b.get("metadata").get("creationTimestamp").instantOr(zone, null);
        Instant started = status.get("startTimestamp").instantOr(zone, created);
        if (started == null) {
            throw b.error("backup " + name + " has neither status.startTimestamp nor metadata.creationTimestamp");
        }
        Instant completed = mapped == BackupStatus.RUNNING ? null : status.get("completionTimestamp").instantOr(zone, started);
        String schedule = b.get("metadata").get("labels").get(SCHEDULE_LABEL).textOr(null);
        Optional<SystemEnv> target = batch.target(name, TargetMapping.SCHEDULE, schedule);
        if (target.isPresent()) {
            String storage = b.get("spec").get("storageLocation").textOr("default");
            batch.add(b, new BatchBuilder.Facts(target.get(), name, started, completed, mapped, -1,
                    "velero://" + storage + "/" + name, false));
        }
        if (mapped == BackupStatus.FAILED && !status.get("failureReason").isMissing()) {
            batch.notice("velero backup " + name + " failed: " + status.get("failureReason").text());
        }
    }
}
