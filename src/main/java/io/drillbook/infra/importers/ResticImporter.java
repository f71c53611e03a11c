package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.TargetMapping;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Restic's JSON: {@code restic snapshots --json} (an array of snapshots or, with {@code --group-by},
 * of groups holding {@code snapshots}) and {@code restic backup --json} (JSON lines of status
 * messages ending in one {@code summary} with the new snapshot's id). A snapshot is identified by
 * its short id (the first 8 hex digits, what both outputs share), is a succeeded, encrypted
 * backup, and maps by its first mapped tag, then its host, then the default target.
 */
public final class ResticImporter extends JsonImporter {
    private static final int SHORT_ID = 8;

    @Override
    public String format() {
        return "restic";
    }

    @Override
    public BackupSource source() {
        return BackupSource.RESTIC;
    }

    /** {@code restic backup --json} writes one message per line, each with a {@code message_type}. */
    @Override
    boolean isJsonLines(SourceFile source) {
        String text = new String(source.bytes(), StandardCharsets.UTF_8).stripLeading();
        return text.startsWith("{") && text.lines().findFirst().orElse("").contains("\"message_type\"");
    }

    @Override
    void read(Node root, BatchBuilder batch) throws ImportException {
        if (isBackupOutput(root)) {
            readBackupSummary(root, batch);
            return;
        }
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

    private static boolean isBackupOutput(Node root) {
        return root.isArray() && root.json().size() > 0 && root.json().get(0).has("message_type");
    }

    /** The one snapshot a {@code restic backup --json} run made, from its summary message. */
    private void readBackupSummary(Node messages, BatchBuilder batch) throws ImportException {
        Node summary = null;
        for (Node m : messages.elements("restic backup messages")) {
            String type = m.get("message_type").text();
            if ("error".equals(type)) {
                batch.notice("restic reported an error: " + m.get("error").get("message").textOr(m.json().toString()));
            } else if ("summary".equals(type)) {
                summary = m;
            }
        }
        if (summary == null) {
            throw messages.error("restic backup output without a summary message: the backup did not finish "
                    + "(or the output was cut off), so there is no snapshot to import");
        }
        String id = shortId(summary.get("snapshot_id").text());
        Instant completed = summary.get("backup_end").instantOr(batch.options().zone(), null);
        if (completed == null) {
            completed = batch.sourceModified();
            batch.notice("restic " + id + ": the backup summary holds no time; completion taken from the file's "
                    + "modification time (restic snapshots --json gives the exact time)");
        }
        long durationMillis = Math.round(summary.get("total_duration").json().asDouble(0) * 1000);
        Instant started = summary.get("backup_start").instantOr(batch.options().zone(), completed.minusMillis(durationMillis));
        Optional<SystemEnv> target = batch.target(id, TargetMapping.HOST, null);
        if (target.isPresent()) {
            batch.add(summary, new BatchBuilder.Facts(target.get(), id, started, completed, BackupStatus.SUCCEEDED,
                    summary.get("total_bytes_processed").longOr(-1), "restic:snapshot/" + id, true));
        }
    }

    private void readSnapshot(Node s, BatchBuilder batch) throws ImportException {
        String fullId = s.get("id").text();
        String id = shortId(s.get("short_id").textOr(fullId));
        Instant time = s.get("time").instant(batch.options().zone());
        Node summary = s.get("summary");
        Instant started = summary.get("backup_start").instantOr(batch.options().zone(), time);
        Instant completed = summary.get("backup_end").instantOr(batch.options().zone(), time);
        long size = summary.get("total_bytes_processed").longOr(-1);
        Optional<SystemEnv> target = target(s, id, batch);
        if (target.isPresent()) {
            batch.add(s, new BatchBuilder.Facts(target.get(), id, started, completed, BackupStatus.SUCCEEDED, size,
                    "restic:snapshot/" + fullId, true));
        }
    }

    static String shortId(String id) {
        return id.length() > SHORT_ID ? id.substring(0, SHORT_ID) : id;
    }

    private Optional<SystemEnv> target(Node s, String id, BatchBuilder batch) throws ImportException {
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
        return batch.target(id, TargetMapping.HOST, host);
    }
}
