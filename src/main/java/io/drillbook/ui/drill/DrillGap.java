package io.drillbook.ui.drill;

import java.time.LocalDate;
import java.util.Objects;

/** A gap a drill found: what is missing, who fixes it, by when. */
public record DrillGap(String description, String owner, LocalDate due) {
    public DrillGap {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a gap needs a description");
        }
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("a gap needs an owner");
        }
        Objects.requireNonNull(due, "a gap needs a due date");
    }
}
