package io.drillbook.core.connect;

import java.util.List;

/** Drillbook's own trusted host keys, for the Settings screen: list them, remove one. */
public interface KnownHostsStore {

    List<KnownHostKey> list();

    /** Removes the entries for {@code hostPattern} with {@code keyType}; returns how many went. */
    int remove(String hostPattern, String keyType);
}
