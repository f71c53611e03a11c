package io.drillbook.core.model;

import java.util.List;

/** A recurring interval in which backups of some systems run; releases should avoid it. */
public record BackupWindow(String name, List<String> systems, List<String> environments, Recurrence when) {
    public BackupWindow {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a backup window needs a name");
        }
        systems = List.copyOf(systems);
        environments = List.copyOf(environments);
        java.util.Objects.requireNonNull(when, "when");
    }

    public boolean covers(SystemEnv target) {
        return systems.contains(target.system()) && (environments.isEmpty() || environments.contains(target.environment()));
    }
}
