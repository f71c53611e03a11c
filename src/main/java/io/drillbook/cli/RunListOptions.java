package io.drillbook.cli;

import io.drillbook.core.model.SystemEnv;
import picocli.CommandLine.Option;

import java.util.Optional;

/** The options {@code drill runs} and {@code playbook runs} share: which target, how many, and JSON or text. */
final class RunListOptions {
    @Option(names = "--system", paramLabel = "S", description = "Only runs of this system (with --env).")
    String system;
    @Option(names = "--env", paramLabel = "E", description = "Only runs in this environment (with --system).")
    String env;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N runs (default 50).")
    int limit;
    @Option(names = "--json", description = "Print the runs as JSON.")
    boolean json;

    /** Empty when both are missing (every target); an error line when only one of them is given. */
    Optional<String> problem() {
        return (system == null) != (env == null) ? Optional.of("error: --system and --env go together") : Optional.empty();
    }

    /** The target asked for, or null for every target. */
    SystemEnv target() {
        return system == null ? null : new SystemEnv(system, env);
    }
}
