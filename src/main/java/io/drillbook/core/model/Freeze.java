package io.drillbook.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A period in which no release may start (a blackout). Scoped to some environments, or to all
 * when {@code environments} is empty. An active recovery is a freeze too.
 */
public record Freeze(String name, String reason, List<String> environments, Recurrence when, boolean activeRecovery) {
    public Freeze {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a freeze needs a name");
        }
        reason = reason == null ? "" : reason;
        environments = environments == null ? List.of() : List.copyOf(environments);
        Objects.requireNonNull(when, "when");
    }

    public boolean appliesTo(String environment) {
        return environments.isEmpty() || environments.contains(environment);
    }
}
