package io.drillbook.app.platform;

/** A front end here started or ended a freeze (an active recovery): calendars and status bars redraw. */
public record FreezesChanged() {
}
