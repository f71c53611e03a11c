package io.drillbook.ui.calendar;

/** The kinds of entries the calendar shows, one CalendarFX calendar (and colour) each. */
public enum CalendarKind {
    RELEASE("Releases", "db-release"),
    BACKUP_WINDOW("Backup windows", "db-backup-window"),
    CAB_MEETING("CAB meetings", "db-cab"),
    FREEZE("Freezes", "db-freeze"),
    RECOVERY("Active recoveries", "db-recovery"),
    /** Shown, never blocking: maintenance windows from imported calendars. */
    MAINTENANCE_WINDOW("Maintenance windows", "db-maintenance"),
    /** Shown, never blocking: imported events that are none of the above. */
    EXTERNAL("External", "db-external");

    private final String title;
    private final String style;

    CalendarKind(String title, String style) {
        this.title = title;
        this.style = style;
    }

    public String title() {
        return title;
    }

    /** The CalendarFX style prefix: entries get {@code <style>-entry}, defined in drillbook.css. */
    public String style() {
        return style;
    }
}
