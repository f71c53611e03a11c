package io.drillbook.core.calendar;

import io.drillbook.core.model.Recurrence;

import java.util.List;

/**
 * One event of a calendar file as the import preview shows it: where it is, its title, how it
 * recurs, its zone, the kind it will become and why, and its systems and environments. Changed
 * occurrences (RECURRENCE-ID) are part of their series' row.
 */
public final class PreviewEvent {
    private final Object source;
    private final int line;
    private final String uid;
    private final String title;
    private final Recurrence when;
    private final EntryKind kind;
    private final String kindSource;
    private final List<String> systems;
    private final List<String> environments;

    /**
     * @param source the importer's own reading of the event, handed back to it when the entries are made
     * @param line   the line the event begins on
     */
    public PreviewEvent(Object source, int line, String uid, String title, Recurrence when, EntryKind kind, String kindSource,
                        List<String> systems, List<String> environments) {
        this.source = source;
        this.line = line;
        this.uid = uid;
        this.title = title;
        this.when = when;
        this.kind = kind;
        this.kindSource = kindSource;
        this.systems = List.copyOf(systems);
        this.environments = List.copyOf(environments);
    }

    public int line() {
        return line;
    }

    public String uid() {
        return uid;
    }

    public String title() {
        return title;
    }

    /** "once", or the RRULE with its skipped and changed occurrences. */
    public String recurrence() {
        if (!when.isRecurring()) {
            return "once";
        }
        StringBuilder text = new StringBuilder(when.rrule());
        if (!when.exdates().isEmpty()) {
            text.append(", ").append(when.exdates().size()).append(" skipped");
        }
        if (!when.overrides().isEmpty()) {
            text.append(", ").append(when.overrides().size()).append(" changed");
        }
        return text.toString();
    }

    /** The zone of its times, or "all day (zone)". */
    public String zone() {
        String id = when.zone().equals(java.time.ZoneOffset.UTC) ? "UTC" : when.zone().getId();
        return when.allDay() ? "all day (" + id + ")" : id;
    }

    public EntryKind kind() {
        return kind;
    }

    /** What decided the kind: --as, mapping file, X-DRILLBOOK-KIND, CATEGORIES, title, nothing matched, chosen. */
    public String kindSource() {
        return kindSource;
    }

    public List<String> systems() {
        return systems;
    }

    public List<String> environments() {
        return environments;
    }

    public Recurrence when() {
        return when;
    }

    /** The importer's own reading of the event (opaque here). */
    public Object source() {
        return source;
    }

    /** The same event as another kind, chosen by a person in the preview. */
    public PreviewEvent withKind(EntryKind chosen) {
        return chosen == kind ? this : new PreviewEvent(source, line, uid, title, when, chosen, "chosen", systems, environments);
    }

    public PreviewEvent withTargets(List<String> newSystems, List<String> newEnvironments) {
        return new PreviewEvent(source, line, uid, title, when, kind, kindSource, newSystems, newEnvironments);
    }
}
