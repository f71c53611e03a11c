package io.drillbook.core.calendar;

/** Outcome of one gate. Only PASS and WAIVED let a release go. */
public enum GateStatus {
    PASS, FAIL, UNKNOWN, WAIVED;

    public boolean allowsGo() {
        return this == PASS || this == WAIVED;
    }
}
