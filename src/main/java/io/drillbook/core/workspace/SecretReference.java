package io.drillbook.core.workspace;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a secret comes from, never the secret itself: {@code env:NAME}, {@code file:PATH},
 * {@code command:COMMAND} (run on the operator's machine when the secret is needed; its output is
 * used once and never stored), or {@code agent} (an ssh-agent holds the key). Anything else is
 * refused, so a password pasted into the workspace file is an error, not a stored secret.
 */
public record SecretReference(Kind kind, String target) {

    /** The forms a reference takes. */
    public enum Kind { ENV, FILE, COMMAND, AGENT }

    /** What a secret is for. */
    public enum Purpose {
        /** An SSH private key's content (for keys kept in a vault rather than in a file). */
        PRIVATE_KEY,
        /** The passphrase of an SSH private key. */
        KEY_PASSPHRASE,
        /** An SSH password. */
        PASSWORD,
        /** AWS credentials in the {@code credential_process} JSON shape. */
        AWS_CREDENTIALS
    }

    public SecretReference {
        Objects.requireNonNull(kind, "kind");
        target = target == null ? "" : target.strip();
        if (kind != Kind.AGENT && target.isEmpty()) {
            throw new IllegalArgumentException(kind.name().toLowerCase(Locale.ROOT) + ": needs what follows the colon");
        }
    }

    /**
     * Reads a reference as written in a file.
     *
     * @throws IllegalArgumentException for anything that is not a reference (a literal secret);
     *                                  the message never repeats the value
     */
    public static SecretReference parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.equals("agent")) {
            return new SecretReference(Kind.AGENT, "");
        }
        for (Kind kind : new Kind[]{Kind.ENV, Kind.FILE, Kind.COMMAND}) {
            String prefix = kind.name().toLowerCase(Locale.ROOT) + ":";
            if (s.startsWith(prefix)) {
                return new SecretReference(kind, s.substring(prefix.length()));
            }
        }
        throw new IllegalArgumentException("a secret must be given by reference (env:NAME, file:PATH, command:COMMAND"
                + " or agent), never by value: this value is not stored or shown");
    }

    /** The reference {@code text} holds, if it is one (a stored AWS profile name is not). */
    public static java.util.Optional<SecretReference> tryParse(String text) {
        try {
            return java.util.Optional.of(parse(text));
        } catch (IllegalArgumentException notAReference) {
            return java.util.Optional.empty();
        }
    }

    /** As written in the file: {@code env:DRILL_PASSWORD}, {@code command:vault kv get ...}. */
    @Override
    public String toString() {
        return kind == Kind.AGENT ? "agent" : kind.name().toLowerCase(Locale.ROOT) + ":" + target;
    }
}
