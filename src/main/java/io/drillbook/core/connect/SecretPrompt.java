package io.drillbook.core.connect;

import java.util.Optional;

/**
 * Asks for a secret when a connection needs one (a key passphrase, a password). The answer is
 * used once, in memory, and never stored or logged. Empty means the user declined.
 */
@FunctionalInterface
public interface SecretPrompt {
    SecretPrompt NONE = (kind, subject) -> Optional.empty();

    Optional<char[]> ask(SecretKind kind, String subject);

    /** What is being asked for. */
    enum SecretKind {
        KEY_PASSPHRASE,
        PASSWORD
    }
}
