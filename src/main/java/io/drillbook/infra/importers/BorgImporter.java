package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.TargetMapping;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@code borg list --json} and {@code borg info --json}: an object with the repository and its
 * {@code archives}. Borg writes local times without a zone; they are read in the caller's zone.
 * An archive maps by the longest mapped archive-name prefix, else to the default target.
 */
public final class BorgImporter extends JsonImporter {

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
        Node archives = root.get("archives");
        if (archives.isMissing()) {
            batch.notice("no archives in this output (borg info of a repository lists none; use borg list --json)");
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
        batch.add(a, new BatchBuilder.Facts(target.get(), name, started, completed, BackupStatus.SUCCEEDED, size,
                location.isEmpty() ? "" : location + "::" + name, encrypted));
    }
}
