package io.drillbook.infra.secrets;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.workspace.SecretReference;
import io.drillbook.core.workspace.SecretReference.Purpose;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Answers a connection's request for a passphrase or password from the profile's secret
 * reference, if the workspace gives one; otherwise asks the front end's own prompt (a dialog, the
 * terminal). The secret is resolved when asked for, used once by the caller, and never kept.
 */
public final class ReferencedSecretPrompt implements SecretPrompt {
    private final Supplier<List<ConnectionProfile>> profiles;
    private final BiFunction<String, Purpose, Optional<SecretReference>> references;
    private final SecretResolver resolver;
    private final SecretPrompt fallback;

    public ReferencedSecretPrompt(Supplier<List<ConnectionProfile>> profiles,
                                  BiFunction<String, Purpose, Optional<SecretReference>> references,
                                  SecretResolver resolver, SecretPrompt fallback) {
        this.profiles = profiles;
        this.references = references;
        this.resolver = resolver;
        this.fallback = fallback;
    }

    @Override
    public Optional<char[]> ask(SecretKind kind, String subject) {
        Purpose purpose = kind == SecretKind.KEY_PASSPHRASE ? Purpose.KEY_PASSPHRASE : Purpose.PASSWORD;
        for (ConnectionProfile p : profiles.get()) {
            boolean asked = kind == SecretKind.KEY_PASSPHRASE
                    ? p.keyPath() != null && p.keyPath().toString().equals(subject)
                    : p.address().equals(subject);
            Optional<SecretReference> ref = asked ? references.apply(p.name(), purpose) : Optional.empty();
            if (ref.isPresent()) {
                return Optional.of(resolver.resolve(ref.get()));
            }
        }
        return fallback.ask(kind, subject);
    }
}
