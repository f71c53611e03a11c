package io.drillbook.core.pipeline;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.inventory.BackupRepository;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The newest good and newest verified backup of a target as Kubernetes annotations under
 * {@value #PREFIX}: {@code backup-id}, {@code backup-time}, {@code backup-checksum},
 * {@code backup-location}, {@code backup-source}, and the same with {@code verified-backup-}.
 */
public final class BackupAnnotations {
    public static final String PREFIX = "drillbook.io/";
    private static final int LOOK_BACK = 200;

    private final BackupRepository backups;

    public BackupAnnotations(BackupRepository backups) {
        this.backups = backups;
    }

    /** Empty when the target has no good backup. */
    public Map<String, String> of(SystemEnv target) {
        Optional<Backup> good = backups.newest(target, LOOK_BACK).stream()
                .filter(b -> b.status() == BackupStatus.SUCCEEDED && b.completedAt() != null).findFirst();
        Map<String, String> out = new LinkedHashMap<>();
        if (good.isEmpty()) {
            return out;
        }
        out.put(PREFIX + "system", target.system());
        out.put(PREFIX + "environment", target.environment());
        put(out, "backup-", good.get());
        backups.verified(target, 1).stream().findFirst().ifPresent(v -> put(out, "verified-backup-", v));
        return out;
    }

    private static void put(Map<String, String> out, String prefix, Backup b) {
        out.put(PREFIX + prefix + "id", b.externalId());
        out.put(PREFIX + prefix + "time", b.completedAt().toString());
        out.put(PREFIX + prefix + "source", b.source().name().toLowerCase(Locale.ROOT));
        if (!b.checksum().isEmpty()) {
            out.put(PREFIX + prefix + "checksum", b.checksum());
        }
        if (!b.location().isEmpty()) {
            out.put(PREFIX + prefix + "location", b.location());
        }
    }
}
