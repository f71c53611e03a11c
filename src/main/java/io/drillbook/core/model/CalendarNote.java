package io.drillbook.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A calendar entry that is shown on the calendar and never blocks a gate: a maintenance window or
 * an external event (anything an imported calendar holds that is not a release, backup window,
 * CAB meeting or freeze). Systems and environments may be empty.
 */
public record CalendarNote(NoteKind kind, String name, List<String> systems, List<String> environments,
                           String description, Recurrence when) {
    public CalendarNote {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a calendar entry needs a name");
        }
        systems = systems == null ? List.of() : List.copyOf(systems);
        environments = environments == null ? List.of() : List.copyOf(environments);
        description = description == null ? "" : description;
        Objects.requireNonNull(when, "when");
    }
}
