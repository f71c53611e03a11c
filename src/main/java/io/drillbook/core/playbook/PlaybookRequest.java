package io.drillbook.core.playbook;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What starting (or dry-running) a playbook needs: the playbook, the parameter values given (checked
 * and completed with defaults on start), who runs it, and where command output files go.
 */
public record PlaybookRequest(Playbook playbook, Map<String, String> parameters, String operator, Path outputDir) {
    public PlaybookRequest {
        Objects.requireNonNull(playbook, "playbook");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("a playbook run needs an operator");
        }
        Objects.requireNonNull(outputDir, "outputDir");
    }
}
