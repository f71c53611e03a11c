package io.drillbook.core.compliance;

/** The judgement of one metric on one day, ordered from best to worst. Stored as its code. */
public enum ComplianceStatus {
    UNKNOWN, COMPLIANT, AT_RISK, STALE, BREACH;

    private static final ComplianceStatus[] BY_CODE = values();

    public byte code() {
        return (byte) ordinal();
    }

    public static ComplianceStatus of(byte code) {
        return BY_CODE[code];
    }

    public ComplianceStatus worse(ComplianceStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
