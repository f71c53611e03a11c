package io.drillbook.core.calendar;

/** The release readiness gates, in the order they are shown. */
public enum Gate {
    PRE_RELEASE_BACKUP("succeeded pre-release backup"),
    NEWEST_BACKUP("newest backup did not fail"),
    DRILL("fresh passing drill within RTO"),
    FREEZE("no freeze or active recovery"),
    BACKUP_WINDOW("no backup-window overlap"),
    CAB_APPROVAL("CAB approval");

    private final String title;

    Gate(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Reads a gate from its name, case-insensitive, with '-' for '_' (e.g. {@code pre-release-backup}). */
    public static Gate parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown gate '" + text + "'; known: " + java.util.Arrays.toString(values()), e);
        }
    }
}
