package io.drillbook.core.calendar;


import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A mapping file for one calendar: what its events are. Top-level {@code kind}, {@code systems},
 * {@code environments} and {@code zone} apply to every event; each of {@code events} matches by
 * {@code uid} or by words in the title and says the kind (and systems) of the events it matches.
 * The first matching rule wins. See README, "Calendars".
 */
public record CalendarMapping(ZoneId zone, EntryKind kind, List<String> systems, List<String> environments, List<Rule> events) {

    public CalendarMapping {
        systems = systems == null ? List.of() : List.copyOf(systems);
        environments = environments == null ? List.of() : List.copyOf(environments);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** One rule: events whose UID equals {@code uid}, or whose title contains {@code title} (ignoring case). */
    public record Rule(String title, String uid, EntryKind kind, List<String> systems, List<String> environments) {
        public Rule {
            systems = systems == null ? List.of() : List.copyOf(systems);
            environments = environments == null ? List.of() : List.copyOf(environments);
        }

        boolean matches(String eventUid, String eventTitle) {
            if (uid != null && uid.equals(eventUid)) {
                return true;
            }
            return title != null && eventTitle.toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT));
        }
    }

    public Optional<Rule> ruleFor(String uid, String title) {
        return events.stream().filter(r -> r.matches(uid, title)).findFirst();
    }
}
