package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.CalendarEntries;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.drillbook.core.model.Release;

/** The range loaded last: its entries as stored, the items built from them, and the filter choices. */
record LoadedRange(Instant from, Instant to, CalendarEntries entries, List<CalendarItem> items,
                   Set<String> systems, Set<String> environments) {
    static final LoadedRange NONE = new LoadedRange(Instant.EPOCH, Instant.EPOCH,
            new CalendarEntries(List.of(), List.of(), List.of(), List.of()), List.of(), Set.of(), Set.of());

    boolean covers(Instant start, Instant end) {
        return !start.isBefore(from) && !end.isAfter(to) && to.isAfter(from);
    }

    Optional<Release> release(String id) {
        return entries.releases().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
