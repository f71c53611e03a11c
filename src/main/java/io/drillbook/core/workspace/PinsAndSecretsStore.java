package io.drillbook.core.workspace;

import java.util.List;

/** Pinned host-key fingerprints and profiles' secret references (references only, never values). */
public interface PinsAndSecretsStore {
    List<PinnedHostKey> pins();

    void pin(PinnedHostKey key);

    /** True if {@code host:port} had a pin. */
    boolean unpin(String host, int port);

    List<SecretBinding> secrets();

    void unbindAll(String profile);
}
