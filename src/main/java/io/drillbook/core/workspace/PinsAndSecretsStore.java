package io.drillbook.core.workspace;

import java.util.List;
import java.util.Optional;

/** Pinned host-key fingerprints and profiles' secret references (references only, never values). */
public interface PinsAndSecretsStore {
    List<PinnedHostKey> pins();

    void pin(PinnedHostKey key);

    /** True if {@code host:port} had a pin. */
    boolean unpin(String host, int port);

    List<SecretBinding> secrets();

    void unbindAll(String profile);

    /** The reference {@code profile} takes its secret for {@code purpose} from, if one is bound. */
    default Optional<SecretReference> secret(String profile, SecretReference.Purpose purpose) {
        return secrets().stream().filter(b -> b.profile().equals(profile) && b.purpose() == purpose)
                .map(SecretBinding::reference).findFirst();
    }
}
