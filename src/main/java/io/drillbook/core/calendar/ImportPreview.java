package io.drillbook.core.calendar;


import java.util.ArrayList;
import java.util.List;

/**
 * A calendar file read and checked, before anything is stored: its events with the kinds they
 * will become. A person may change any event's kind ({@link #withKind}) before
 * {@link IcsImporter#store} stores it.
 *
 * @param zone the zone floating times and all-day dates were read in, and where it came from
 */
public record ImportPreview(String fileName, String calendarName, String zone, List<PreviewEvent> events) {
    public ImportPreview {
        events = List.copyOf(events);
    }

    public ImportPreview withKind(int index, EntryKind kind) {
        List<PreviewEvent> changed = new ArrayList<>(events);
        changed.set(index, events.get(index).withKind(kind));
        return new ImportPreview(fileName, calendarName, zone, changed);
    }

    public ImportPreview withTargets(int index, List<String> systems, List<String> environments) {
        List<PreviewEvent> changed = new ArrayList<>(events);
        changed.set(index, events.get(index).withTargets(systems, environments));
        return new ImportPreview(fileName, calendarName, zone, changed);
    }

    /** How many events become each kind, e.g. "2 CAB meeting, 1 Freeze". */
    public String kindCounts() {
        List<String> parts = new ArrayList<>();
        for (EntryKind k : EntryKind.values()) {
            long n = events.stream().filter(e -> e.kind() == k).count();
            if (n > 0) {
                parts.add(n + " " + k.token());
            }
        }
        return parts.isEmpty() ? "no events" : String.join(", ", parts);
    }
}
