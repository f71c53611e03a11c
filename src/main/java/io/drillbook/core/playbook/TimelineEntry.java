package io.drillbook.core.playbook;

import java.time.Instant;

/** One line of a run's timeline: when, who, what (a step and its kind), and with what result. */
public record TimelineEntry(Instant at, String who, String step, String kind, String result, String detail) {
}
