package io.drillbook.ui.calendar;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the calendar shows: one system and/or environment (null for all), the kinds switched on,
 * and a search text. Entries without systems (CAB meetings, freezes) pass the system filter;
 * entries without environments (all environments) pass the environment filter.
 */
public record CalendarFilter(String system, String environment, Set<CalendarKind> kinds, String search) {
    public CalendarFilter {
        system = blankToNull(system);
        environment = blankToNull(environment);
        kinds = kinds.isEmpty() ? EnumSet.noneOf(CalendarKind.class) : EnumSet.copyOf(kinds);
        search = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
    }

    public static CalendarFilter all() {
        return new CalendarFilter(null, null, EnumSet.allOf(CalendarKind.class), "");
    }

    public boolean matches(CalendarItem item) {
        return kinds.contains(item.kind())
                && (system == null || item.systems().isEmpty() || item.systems().contains(system))
                && (environment == null || item.environments().isEmpty() || item.environments().contains(environment))
                && (search.isEmpty() || item.mentions(search));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.equals(CalendarViewModel.ALL) ? null : value;
    }
}
