package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.ImportOptions;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.inventory.Rejection;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects what an importer read: backups, rejections with reasons, and notices. */
final class BatchBuilder {
    private final SourceFile file;
    private final BackupSource source;
    private final ImportOptions options;
    private final List<Backup> backups = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    BatchBuilder(SourceFile file, BackupSource source, ImportOptions options) {
        this.file = file;
        this.source = source;
        this.options = options;
    }

    ImportOptions options() {
        return options;
    }

    /** When the input file was last written. */
    Instant sourceModified() {
        return file.modified();
    }

    /** The target for {@code value} of mapping {@code kind}; records a rejection when there is none. */
    Optional<SystemEnv> target(String item, String kind, String value) {
        Optional<SystemEnv> target = options.resolve(kind, value);
        if (target.isEmpty()) {
            reject(item, "no mapping for " + kind + " '" + value + "' and no --system/--env given");
        }
        return target;
    }

    /** The facts of one backup a tool reported, all read and checked before it is built. */
    record Facts(SystemEnv target, String id, Instant started, Instant completed, BackupStatus status,
                 long size, String location, boolean encrypted) {
    }

    void add(Node at, Facts f) throws ImportException {
        try {
            backups.add(new Backup(f.target(), source, f.id(), f.started(), f.completed(), f.status(), f.size(),
                    "", f.location(), f.encrypted(), null, false));
        } catch (IllegalArgumentException e) {
            throw at.error(e.getMessage());
        }
    }

    void add(Backup backup) {
        backups.add(backup);
    }

    void reject(String item, String reason) {
        rejected.add(new Rejection(item, reason));
    }

    void notice(String text) {
        notices.add(text);
    }

    ParsedBatch build() {
        return new ParsedBatch(file.name(), file.sha256(), source, backups, rejected, notices);
    }
}
