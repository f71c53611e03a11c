package io.drillbook.testing.fakes;

import io.drillbook.core.connect.KnownHostKey;
import io.drillbook.core.connect.KnownHostsStore;

import java.util.ArrayList;
import java.util.List;

/** Known host keys in a list, as a known_hosts file would list them. */
public final class InMemoryKnownHosts implements KnownHostsStore {
    private final List<KnownHostKey> keys = new ArrayList<>();

    public synchronized InMemoryKnownHosts with(KnownHostKey key) {
        keys.add(key);
        return this;
    }

    @Override
    public synchronized List<KnownHostKey> list() {
        return List.copyOf(keys);
    }

    @Override
    public synchronized int remove(String hostPattern, String keyType) {
        int before = keys.size();
        keys.removeIf(k -> k.hostPattern().equals(hostPattern) && k.keyType().equals(keyType));
        return before - keys.size();
    }
}
