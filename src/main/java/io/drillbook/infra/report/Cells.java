package io.drillbook.infra.report;

import io.drillbook.core.format.HumanUnits;

import java.time.Duration;
import java.time.Instant;

/** How a cell's value reads: ISO 8601 for machines (CSV), in full words and units for people (HTML, PDF). */
final class Cells {
    private Cells() {
    }

    static String machine(Object value) {
        return value == null ? "" : value.toString();
    }

    static String human(Object value) {
        if (value instanceof Instant i) {
            return HumanUnits.dateTime(i);
        }
        if (value instanceof Duration d) {
            return HumanUnits.duration(d);
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return value == null ? "" : value.toString();
    }
}
