package io.drillbook.core.drill;

import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.model.Backup;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The values a plan's commands may use as {@code ${name}}; they are shell-quoted when substituted. */
final class DrillVariables {
    private DrillVariables() {
    }

    static Map<String, String> of(String runId, Backup backup, Map<String, String> parameters) {
        Map<String, String> values = new HashMap<>();
        values.put("run.id", runId);
        values.put("backup.id", backup.externalId());
        values.put("backup.uri", backup.location());
        Instant time = backup.completedAt() == null ? backup.startedAt() : backup.completedAt();
        values.put("backup.time", time.toString());
        values.put("backup.checksum", backup.checksum());
        parameters.forEach((name, value) -> {
            if (Redaction.isSecretName(name)) {
                Redaction.registerSecretValue(value);   // masked wherever it appears, not only where its name shows
            }
            values.put("param." + name, value);
        });
        return Map.copyOf(values);
    }

    /** The same values with those of secret-looking names masked: for commands as recorded and shown. */
    static Map<String, String> masked(Map<String, String> values) {
        return Redaction.maskSecretValues(values);
    }
}
