package io.drillbook.cli;

import io.drillbook.core.connect.SecretPrompt;

import java.io.Console;
import java.util.Optional;

/**
 * Asks for a passphrase or password on the terminal, without echo. With no terminal (a CI job)
 * it declines, so keys must come from an agent or be unencrypted there.
 */
final class TerminalSecretPrompt implements SecretPrompt {
    @Override
    public Optional<char[]> ask(SecretKind kind, String subject) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] answer = console.readPassword("%s for %s: ", kind == SecretKind.KEY_PASSPHRASE ? "Key passphrase" : "Password", subject);
        return answer == null || answer.length == 0 ? Optional.empty() : Optional.of(answer);
    }
}
