package io.drillbook.ui.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The backup windows of one day, shown as one count in the month view ("4 backup windows", the
 * list with times on hover), after the day's other entries, so that releases, freezes and CAB meetings are not crowded out of the day's cell
 * by a window that recurs several times a day.
 */
record BackupWindowSummary(LocalDate day, List<CalendarItem> windows, ZoneId zone) {
    static final String STYLE = "backup-window-summary";

    BackupWindowSummary {
        windows = List.copyOf(windows);
    }

    /** {@code items} with every backup window occurrence replaced by one summary item per day it starts on. */
    static List<CalendarItem> summarise(List<CalendarItem> items, ZoneId zone) {
        List<CalendarItem> out = new ArrayList<>();
        Map<LocalDate, List<CalendarItem>> byDay = new TreeMap<>();
        for (CalendarItem item : items) {
            if (item.kind() == CalendarKind.BACKUP_WINDOW) {
                byDay.computeIfAbsent(item.start().atZone(zone).toLocalDate(), d -> new ArrayList<>()).add(item);
            } else {
                out.add(item);
            }
        }
        byDay.forEach((day, windows) -> out.add(new BackupWindowSummary(day, windows, zone).asItem()));
        return out;
    }

    CalendarItem asItem() {
        Set<String> systems = new LinkedHashSet<>();
        Set<String> environments = new LinkedHashSet<>();
        windows.forEach(w -> {
            systems.addAll(w.systems());
            environments.addAll(w.environments());
        });
        String title = windows.size() + (windows.size() == 1 ? " backup window" : " backup windows");
        // Timed at the day's last minutes, so CalendarFX (which orders a day's entries by start) lists it
        // after the day's freezes, releases and CAB meetings: it is the first to go under "n more".
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        return new CalendarItem(CalendarKind.BACKUP_WINDOW, "backup-windows", "backup-windows:" + day, title,
                end.minusSeconds(60), end, List.copyOf(systems), List.copyOf(environments), List.of("backup-window", STYLE),
                List.of(), this);
    }

    /** The hover text: each window with its time, in the order they start. */
    String detail() {
        StringBuilder sb = new StringBuilder();
        windows.stream().sorted(java.util.Comparator.comparing(CalendarItem::start)).forEach(w -> sb.append(sb.length() == 0 ? "" : "\n")
                .append(TIME.format(w.start().atZone(zone))).append("–").append(TIME.format(w.end().atZone(zone)))
                .append("  ").append(w.title()));
        return sb.toString();
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
}
