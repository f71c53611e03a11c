package io.drillbook.ui.settings;

import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An inventory refresh source as typed into the form; {@link #problems()} names each wrong field. */
public record RefreshDraft(String name, RefreshSource.Kind kind, String profile, String command, String format,
                           String namingRule, String system, String environment, String intervalMinutes) {

    public static RefreshDraft of(RefreshSource s) {
        return new RefreshDraft(s.name(), s.kind(), s.profile(), s.command(), s.format(), s.namingRule(),
                s.target() == null ? "" : s.target().system(), s.target() == null ? "" : s.target().environment(),
                String.valueOf(s.interval().toMinutes()));
    }

    public static RefreshDraft blank() {
        return new RefreshDraft("", RefreshSource.Kind.COMMAND, "local", "restic snapshots --json", "restic", "", "", "", "0");
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        required(problems, "Name", name);
        required(problems, "Profile", profile);
        if (kind == RefreshSource.Kind.COMMAND) {
            required(problems, "Command", command);
            required(problems, "Format", format);
            required(problems, "System", system);
            required(problems, "Environment", environment);
        }
        try {
            long minutes = Long.parseLong(text(intervalMinutes));
            if (minutes < 0 || minutes > 7 * 24 * 60) {
                problems.add("Interval (min): must be 0 (on demand only) to 10080, was " + minutes);
            }
        } catch (NumberFormatException e) {
            problems.add("Interval (min): '" + text(intervalMinutes) + "' is not a whole number");
        }
        if (problems.isEmpty()) {
            try {
                toSource();
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    public RefreshSource toSource() {
        SystemEnv target = kind == RefreshSource.Kind.COMMAND ? new SystemEnv(text(system), text(environment)) : null;
        return new RefreshSource(text(name), kind, text(profile), text(command), text(format), text(namingRule), target,
                Duration.ofMinutes(Long.parseLong(text(intervalMinutes))));
    }

    private static void required(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": required");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
