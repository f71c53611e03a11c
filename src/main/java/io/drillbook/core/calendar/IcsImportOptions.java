package io.drillbook.core.calendar;


import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * How to read one calendar file.
 *
 * @param zone              zone of floating times and all-day dates ({@code --zone}); null to take the
 *                          calendar's {@code X-WR-TIMEZONE}, else {@code fallbackZone}
 * @param fallbackZone      the zone when neither {@code --zone} nor {@code X-WR-TIMEZONE} says
 * @param as                every event is this kind ({@code --as}); null to decide per event
 * @param systems           systems of events that name none ({@code --systems})
 * @param environments      environments of events that name none ({@code --env})
 * @param mapping           the calendar's mapping file, or null
 * @param knownSystems      the workspace's systems: a title naming one as a word gives the event that system
 * @param knownEnvironments the workspace's environments, found in titles the same way ("(prod)")
 */
public record IcsImportOptions(ZoneId zone, ZoneId fallbackZone, EntryKind as, List<String> systems, List<String> environments,
                               CalendarMapping mapping, Set<String> knownSystems, Set<String> knownEnvironments) {

    public IcsImportOptions {
        fallbackZone = fallbackZone == null ? ZoneId.of("UTC") : fallbackZone;
        systems = systems == null ? List.of() : List.copyOf(systems);
        environments = environments == null ? List.of() : List.copyOf(environments);
        knownSystems = knownSystems == null ? Set.of() : Set.copyOf(knownSystems);
        knownEnvironments = knownEnvironments == null ? Set.of() : Set.copyOf(knownEnvironments);
    }

    public static IcsImportOptions defaults(ZoneId fallbackZone) {
        return new IcsImportOptions(null, fallbackZone, null, List.of(), List.of(), null, Set.of(), Set.of());
    }

    public IcsImportOptions withZone(ZoneId value) {
        return new IcsImportOptions(value, fallbackZone, as, systems, environments, mapping, knownSystems, knownEnvironments);
    }

    public IcsImportOptions withKind(EntryKind kind, List<String> defaultSystems, List<String> defaultEnvironments) {
        return new IcsImportOptions(zone, fallbackZone, kind, defaultSystems, defaultEnvironments, mapping, knownSystems, knownEnvironments);
    }

    public IcsImportOptions withMapping(CalendarMapping value) {
        return new IcsImportOptions(zone, fallbackZone, as, systems, environments, value, knownSystems, knownEnvironments);
    }

    public IcsImportOptions withKnown(Set<String> systemNames, Set<String> environmentNames) {
        return new IcsImportOptions(zone, fallbackZone, as, systems, environments, mapping, systemNames, environmentNames);
    }
}
