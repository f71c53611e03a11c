package io.drillbook.core.model;

import java.time.Instant;
import java.util.Objects;

/** Who approved a change for the CAB, and when. */
public record CabApproval(String approvedBy, Instant approvedAt) {
    public CabApproval {
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new IllegalArgumentException("an approval needs the approver's name");
        }
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}
