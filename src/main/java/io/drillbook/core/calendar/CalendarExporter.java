package io.drillbook.core.calendar;

/** Writes calendar entries as a calendar file's text (ICS) for other calendars to subscribe to or import. */
public interface CalendarExporter {
    String export(CalendarEntries entries);
}
