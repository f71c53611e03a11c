package io.drillbook.cli;

import io.drillbook.core.evidence.Redaction;

import java.io.Console;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Parameter values that are secrets, given where {@code ps} and shell history do not show them:
 * {@code --param-env NAME=ENVVAR} reads an environment variable, {@code --param-prompt NAME} asks on
 * the terminal without echo. Such values (and those of parameters declared secret) are registered
 * with {@link Redaction}, so they are masked wherever they would appear.
 */
final class SecretParameters {
    /** Asks for one value without echo; empty when there is no terminal. */
    interface Reader {
        Optional<char[]> read(String prompt);

        Reader TERMINAL = prompt -> {
            Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
        };
    }

    private SecretParameters() {
    }

    /**
     * Every value: {@code plain} ({@code --param}), then those from the environment and the prompt.
     *
     * @param declaredSecret names of parameters declared secret: one given with {@code --param} gets a warning,
     *                       one not given at all is asked for when there is a terminal
     */
    static Map<String, String> collect(Map<String, String> plain, Map<String, String> fromEnv, List<String> prompted,
                                       Set<String> declaredSecret, Function<String, String> env, Reader reader,
                                       PrintWriter warnings) {
        Map<String, String> values = new LinkedHashMap<>(plain);
        plain.keySet().stream().filter(declaredSecret::contains).forEach(name -> warnings.println("drillbook: warning: secret "
                + "parameter '" + name + "' was given with --param, where ps and shell history show it; use --param-env "
                + name + "=ENVVAR or --param-prompt " + name));
        fromEnv.forEach((name, variable) -> {
            String value = env.apply(variable);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("environment variable " + variable + " (for --param-env " + name + ") is not set");
            }
            values.put(name, secret(value));
        });
        for (String name : prompted) {
            values.put(name, ask(name, reader).orElseThrow(() -> new IllegalArgumentException("no terminal to ask for '" + name
                    + "': give it with --param-env " + name + "=ENVVAR")));
        }
        for (String name : declaredSecret) {
            if (!values.containsKey(name)) {
                ask(name, reader).ifPresent(v -> values.put(name, v));
            }
        }
        values.forEach((name, value) -> {
            if (declaredSecret.contains(name)) {
                secret(value);
            }
        });
        return values;
    }

    private static Optional<String> ask(String name, Reader reader) {
        return reader.read("Value of secret parameter '" + name + "': ").filter(v -> v.length > 0).map(v -> secret(new String(v)));
    }

    private static String secret(String value) {
        Redaction.registerSecretValue(value);
        return value;
    }
}
