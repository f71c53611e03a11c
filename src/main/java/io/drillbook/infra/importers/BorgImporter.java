package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.TargetMapping;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code borg list --json} and {@code borg info --json} (an object with the repository and its
 * {@code archives}) and {@code borg create --json} (the repository and the one {@code archive} it
 * made). Borg writes local times without a zone; they are read in the caller's zone. A checkpoint
 * archive ({@code NAME.checkpoint}, left by an interrupted create) is partial, never a good
 * recovery point. An archive maps by the longest mapped archive-name prefix, else to the default
 * target. {@code borg info} adds the sizes {@code borg list} lacks to archives already imported.
 */
public final class BorgImporter extends JsonImporter {
    private static final Pattern CHECKPOINT = Pattern.compile("\\.checkpoint(\\.\\d+)?$");

    @Override
    public String format() {
        return "borg";
    }

    @Override
    public BackupSource source() {
        return BackupSource.BORG;
    }

    @Override
    void read(Node root, BatchBuilder batch) throws ImportException {
        if (!root.isObject() || root.get("repository").isMissing()) {
            throw root.error("expected borg's JSON object with a 'repository'");
        }
        String location = root.get("repository").get("location").textOr("");
        boolean encrypted = !"none".equals(root.get("encryption").get("mode").textOr("none"));
        if (root.get("archives").isMissing() && root.get("archive").isObject()) {
            readArchive(root.get("archive"), location, encrypted, batch);
            return;
        }
        Node archives = root.get("archives");
        if (archives.isMissing()) {
            batch.notice("no archives in this output (borg info --json of a whole repository lists none; use borg list --json, "
                    + "borg info --json REPO::ARCHIVE or --last N, or borg create --json)");
            return;
        }
        for (Node archive : archives.elements("a list of archives")) {
            readArchive(archive, location, encrypted, batch);
        }
    }

    private void readArchive(Node a, String location, boolean encrypted, BatchBuilder batch) throws ImportException {
        String name = a.get("name").textOr(a.get("archive").textOr(null));
        if (name == null) {
            throw a.error("an archive needs a 'name'");
        }
        ZoneId zone = batch.options().zone();
        Instant started = a.get("start").instantOr(zone, null);
        started = started == null ? a.get("time").instant(zone) : started;
        Instant completed = a.get("end").instantOr(zone, started);
        long size = a.get("stats").get("original_size").longOr(-1);
        Optional<SystemEnv> target = batch.options().mapping().findByPrefix(TargetMapping.ARCHIVE_PREFIX, name)
                .or(() -> Optional.ofNullable(batch.options().defaultTarget()));
        if (target.isEmpty()) {
            batch.reject(name, "no mapping for archive prefix of '" + name + "' and no --system/--env given");
            return;
        }
        BackupStatus status = CHECKPOINT.matcher(name).find() ? BackupStatus.PARTIAL : BackupStatus.SUCCEEDED;
        if (status == BackupStatus.PARTIAL) {
            batch.notice("borg archive " + name + " is a checkpoint of an interrupted borg create (partial)");
        }
        batch.add(a, new BatchBuilder.Facts(target.get(), name, started, completed, status, size,
                location.isEmpty() ? "" : location + "::" + name, encrypted));
    }
}
