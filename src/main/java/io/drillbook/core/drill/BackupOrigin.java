package io.drillbook.core.drill;

import java.util.Objects;

/**
 * Where a plan's backups come from: the inventory (backups imported earlier; the default), or an
 * S3 prefix of a storage profile listed when the drill starts, its keys read with a naming rule.
 *
 * @param storage storage profile name, only for {@link Kind#OBJECT_STORE}
 * @param prefix  key prefix to list; blank: the storage profile's own prefix
 * @param naming  naming rule pattern ({@code io.drillbook.core.connect.NamingRule}); blank: the profile's rule
 */
public record BackupOrigin(Kind kind, String storage, String prefix, String naming) {

    /** How candidates are found. */
    public enum Kind { INVENTORY, OBJECT_STORE }

    private static final BackupOrigin INVENTORY = new BackupOrigin(Kind.INVENTORY, "", "", "");

    public BackupOrigin {
        Objects.requireNonNull(kind, "kind");
        storage = storage == null ? "" : storage.strip();
        prefix = prefix == null ? "" : prefix;
        naming = naming == null ? "" : naming.strip();
        if (kind == Kind.OBJECT_STORE && storage.isEmpty()) {
            throw new IllegalArgumentException("backups from s3 need 'storage' (a storage profile name)");
        }
        if (kind == Kind.INVENTORY && !(storage.isEmpty() && prefix.isEmpty() && naming.isEmpty())) {
            throw new IllegalArgumentException("'storage', 'prefix' and 'naming' are only allowed with 'from: s3'");
        }
    }

    public static BackupOrigin inventory() {
        return INVENTORY;
    }

    public static BackupOrigin objectStore(String storage, String prefix, String naming) {
        return new BackupOrigin(Kind.OBJECT_STORE, storage, prefix, naming);
    }

    public boolean listed() {
        return kind == Kind.OBJECT_STORE;
    }
}
