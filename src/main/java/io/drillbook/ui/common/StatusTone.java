package io.drillbook.ui.common;

import io.drillbook.core.calendar.GateStatus;
import io.drillbook.core.drill.StepState;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.RtoVerdict;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.playbook.RunStatus;

import java.util.Locale;

/**
 * How a result reads at a glance, the same in every list: one colour of the heat map's
 * colour-blind-safe palette (the {@code -db-*} colours of drillbook.css) and one icon shape per
 * tone, so colour is never the only sign. Free of JavaFX, so view-models can hand tones out.
 */
public enum StatusTone {
    /** Passed, completed, succeeded, within RTO: the heat map's compliant green and a tick. */
    OK("fth-check-circle"),
    /** Needs a look but did not fail (paused, partial, waived, RTO not demonstrated): at-risk orange and a triangle. */
    WARNING("fth-alert-triangle"),
    /** Failed, breach, RTO missed: breach vermillion and an octagon with a cross. */
    FAILED("fth-x-octagon"),
    /** Cut off by a crash, may have left something: the stale colour and a clock. */
    INTERRUPTED("fth-clock"),
    /** Still under way: the release blue and a play sign. */
    RUNNING("fth-play-circle"),
    /** Nothing to say (pending, skipped, cancelled, never run, no data): muted and a dash. */
    NEUTRAL("fth-minus-circle");

    private final String icon;

    StatusTone(String icon) {
        this.icon = icon;
    }

    /** The Ikonli literal of its icon. */
    public String icon() {
        return icon;
    }

    /** The CSS style class that colours it: {@code status-ok}, {@code status-failed}, ... */
    public String styleClass() {
        return "status-" + name().toLowerCase(Locale.ROOT);
    }

    public static StatusTone of(RunResult result) {
        return switch (result) {
            case PASSED -> OK;
            case FAILED -> FAILED;
            case INTERRUPTED -> INTERRUPTED;
            case RUNNING -> RUNNING;
            case CANCELLED -> NEUTRAL;
        };
    }

    public static StatusTone of(RunStatus status) {
        return switch (status) {
            case COMPLETED -> OK;
            case FAILED -> FAILED;
            case PAUSED -> WARNING;
            case RUNNING -> RUNNING;
            case INTERRUPTED -> INTERRUPTED;
            case ABORTED -> NEUTRAL;
        };
    }

    public static StatusTone of(StepState state) {
        return switch (state) {
            case PASSED -> OK;
            case FAILED -> FAILED;
            case RUNNING -> RUNNING;
            case PENDING, SKIPPED, CANCELLED -> NEUTRAL;
        };
    }

    public static StatusTone of(BackupStatus status) {
        return switch (status) {
            case SUCCEEDED -> OK;
            case FAILED -> FAILED;
            case PARTIAL -> WARNING;
            case RUNNING -> RUNNING;
            case EXPIRED, DELETED -> NEUTRAL;
        };
    }

    public static StatusTone of(RtoVerdict verdict) {
        return switch (verdict) {
            case MET -> OK;
            case MISSED -> FAILED;
            case NOT_DEMONSTRATED -> WARNING;
            case UNKNOWN -> NEUTRAL;
        };
    }

    public static StatusTone of(GateStatus status) {
        return switch (status) {
            case PASS -> OK;
            case FAIL -> FAILED;
            case WAIVED -> WARNING;
            case UNKNOWN -> NEUTRAL;
        };
    }
}
