package io.drillbook.core.model;

public enum ReleaseStatus {
    PLANNED, APPROVED, IN_PROGRESS, DONE, ROLLED_BACK
}
