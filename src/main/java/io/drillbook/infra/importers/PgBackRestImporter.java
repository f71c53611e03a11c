package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.TargetMapping;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code pgbackrest info --output=json}: an array of stanzas, each with its backups. A backup
 * with {@code error: true} failed; a stanza or repository status code other than 0 and a held
 * backup lock (a backup is running) are reported as notices.
 */
public final class PgBackRestImporter extends JsonImporter {

    @Override
    public String format() {
        return "pgbackrest";
    }

    @Override
    public BackupSource source() {
        return BackupSource.PGBACKREST;
    }

    @Override
    void read(Node root, BatchBuilder batch) throws ImportException {
        for (Node stanza : root.elements("a list of stanzas")) {
            String name = stanza.get("name").text();
            reportStatus(name, stanza, batch);
            Node backups = stanza.get("backup");
            if (backups.isMissing()) {
                continue;
            }
            Optional<SystemEnv> target = batch.options().resolve(TargetMapping.STANZA, name);
            boolean encrypted = !"none".equals(stanza.get("cipher").textOr("none"));
            for (Node backup : backups.elements("the stanza's backups")) {
                String label = backup.get("label").text();
                if (target.isEmpty()) {
                    batch.target(name + "/" + label, TargetMapping.STANZA, name);
                } else {
                    readBackup(target.get(), name, encrypted, backup, batch);
                }
            }
        }
    }

    private void readBackup(SystemEnv target, String stanza, boolean encrypted, Node b, BatchBuilder batch) throws ImportException {
        String label = b.get("label").text();
        Node time = b.get("timestamp");
        Instant started = time.get("start").instant(batch.options().zone());
        Instant stopped = time.get("stop").instant(batch.options().zone());
        BackupStatus status = b.get("error").boolOr(false) ? BackupStatus.FAILED : BackupStatus.SUCCEEDED;
        long size = b.get("info").get("size").longOr(-1);
        batch.add(b, new BatchBuilder.Facts(target, label, started, stopped, status, size,
                "pgbackrest:" + stanza + "/" + label, encrypted));
    }

    private static void reportStatus(String name, Node stanza, BatchBuilder batch) throws ImportException {
        Node status = stanza.get("status");
        long code = status.get("code").longOr(0);
        if (code != 0) {
            batch.notice("stanza " + name + ": status code " + code + " (" + status.get("message").textOr("no message") + ")");
        }
        if (status.get("lock").get("backup").get("held").boolOr(false)) {
            batch.notice("stanza " + name + ": a backup is running (backup lock held)");
        }
        Node repos = stanza.get("repo");
        if (repos.isArray()) {
            for (Node repo : repos.elements("repositories")) {
                long repoCode = repo.get("status").get("code").longOr(0);
                if (repoCode != 0) {
                    batch.notice("stanza " + name + ", repo " + repo.get("key").longOr(0) + ": status code " + repoCode
                            + " (" + repo.get("status").get("message").textOr("no message") + ")");
                }
            }
        }
    }
}
