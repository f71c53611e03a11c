package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.SourceMissingException;
import io.drillbook.core.inventory.TargetMapping;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pgbackrest info --output=json}: an array of stanzas, each with its backups. A backup
 * with {@code error: true} failed. pgBackRest exits 0 even when a stanza or its repository is
 * missing and says so only in {@code status.code}: codes 1 (missing stanza path), 3 (missing
 * stanza data), 5 (database mismatch) and 99 (other) of a stanza or repository are errors
 * ({@link SourceMissingException}), so nothing is imported and the caller fails. Code 2 (no
 * valid backups yet), 4 (differs across repositories), 6 and a held backup lock (a backup is
 * running; pgBackRest lists it only once it finished) are reported as notices.
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

    private static final Set<Long> MISSING = Set.of(1L, 3L, 5L, 99L);

    @Override
    void read(Node root, BatchBuilder batch) throws ImportException {
        List<Node> stanzas = root.elements("a list of stanzas");
        if (stanzas.isEmpty()) {
            batch.notice("pgBackRest lists no stanza in this repository");
        }
        for (Node stanza : stanzas) {
            failIfMissing(stanza);
        }
        for (Node stanza : stanzas) {
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

    private static void failIfMissing(Node stanza) throws ImportException {
        String name = stanza.get("name").text();
        Node status = stanza.get("status");
        long code = status.get("code").longOr(0);
        if (MISSING.contains(code)) {
            throw missing(status.get("code"), "pgBackRest stanza '" + name + "': " + status.get("message").textOr("status code " + code)
                    + " (status code " + code + "); nothing imported");
        }
        Node repos = stanza.get("repo");
        if (repos.isArray()) {
            for (Node repo : repos.elements("repositories")) {
                long repoCode = repo.get("status").get("code").longOr(0);
                if (MISSING.contains(repoCode)) {
                    throw missing(repo.get("status").get("code"), "pgBackRest stanza '" + name + "', repo " + repo.get("key").longOr(0)
                            + ": " + repo.get("status").get("message").textOr("status code " + repoCode)
                            + " (status code " + repoCode + "); nothing imported");
                }
            }
        }
    }

    private static SourceMissingException missing(Node at, String problem) {
        ImportException located = at.error(problem);
        return new SourceMissingException(located.file(), located.line(), located.column(), located.problem());
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
