package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.TargetMapping;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code restic snapshots --json}: an array of snapshots (or, with {@code --group-by}, of groups
 * holding {@code snapshots}). Every snapshot is a succeeded, encrypted backup; a snapshot maps
 * by its first mapped tag, then its host, then the default target.
 */
public final class ResticImporter extends JsonImporter {

    @Override
    public String format() {
        return "restic";
    }

    @Override
    public BackupSource source() {
        return BackupSource.RESTIC;
    }

    @Override
    void read(Node root, BatchBuilder batch) throws ImportException {
        for (Node item : root.elements("a list of snapshots")) {
            if (!item.isObject()) {
                throw item.error("expected a snapshot object");
            }
            if (!item.get("snapshots").isMissing()) {
                for (Node snapshot : item.get("snapshots").elements("the group's snapshots")) {
                    readSnapshot(snapshot, batch);
                }
            } else {
                readSnapshot(item, batch);
            }
        }
    }

    private void readSnapshot(Node s, BatchBuilder batch) throws ImportException {
        String id = s.get("id").text();
        Instant time = s.get("time").instant(batch.options().zone());
        Node summary = s.get("summary");
        Instant started = summary.get("backup_start").instantOr(batch.options().zone(), time);
        Instant completed = summary.get("backup_end").instantOr(batch.options().zone(), time);
        long size = summary.get("total_bytes_processed").longOr(-1);
        Optional<SystemEnv> target = target(s, batch);
        if (target.isPresent()) {
            batch.add(s, new BatchBuilder.Facts(target.get(), id, started, completed, BackupStatus.SUCCEEDED, size,
                    "restic:snapshot/" + id, true));
        }
    }

    private Optional<SystemEnv> target(Node s, BatchBuilder batch) throws ImportException {
        TargetMapping mapping = batch.options().mapping();
        if (s.get("tags").isArray()) {
            for (Node tag : s.get("tags").elements("tags")) {
                Optional<SystemEnv> mapped = mapping.find(TargetMapping.TAG, tag.text());
                if (mapped.isPresent()) {
                    return mapped;
                }
            }
        }
        String host = s.get("hostname").textOr(null);
        return batch.target(s.get("id").text(), TargetMapping.HOST, host);
    }
}
