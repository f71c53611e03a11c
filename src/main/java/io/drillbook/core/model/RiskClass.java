package io.drillbook.core.model;

/** ITIL-style change classes; normal and major changes need CAB approval. */
public enum RiskClass {
    STANDARD, NORMAL, MAJOR, EMERGENCY;

    public boolean needsCabApproval() {
        return this == NORMAL || this == MAJOR;
    }
}
