package io.drillbook.core.model;

import java.util.Objects;

/** A change advisory board meeting, recurring or not. */
public record CabMeeting(String title, Recurrence when) {
    public CabMeeting {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a CAB meeting needs a title");
        }
        Objects.requireNonNull(when, "when");
    }
}
