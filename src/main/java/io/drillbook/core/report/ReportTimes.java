package io.drillbook.core.report;

import java.time.Instant;

/** Reading the times evidence payloads carry as text. */
public final class ReportTimes {
    private ReportTimes() {
    }

    /** An ISO-8601 instant, or null when {@code text} is empty or not one. */
    public static Instant parse(String text) {
        return EventFields.instant(text);
    }
}
