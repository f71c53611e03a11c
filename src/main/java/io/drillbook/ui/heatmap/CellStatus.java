package io.drillbook.ui.heatmap;

import javafx.scene.paint.Color;

/**
 * Cell colours: the Okabe-Ito palette, distinguishable with the common colour-vision deficiencies.
 * Kept in step with the {@code -db-*} colours of drillbook.css.
 */
public enum CellStatus {
    COMPLIANT("compliant", Color.web("#009E73")),
    AT_RISK("at risk", Color.web("#E69F00")),
    STALE("stale", Color.web("#CC79A7")),
    BREACH("breach", Color.web("#D55E00")),
    UNKNOWN("no data", Color.web("#B0B0B0"));

    private final String label;
    private final Color color;

    CellStatus(String label, Color color) {
        this.label = label;
        this.color = color;
    }

    public String label() {
        return label;
    }

    public Color color() {
        return color;
    }
}
