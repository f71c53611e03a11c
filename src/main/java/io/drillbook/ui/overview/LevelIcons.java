package io.drillbook.ui.overview;

import io.drillbook.core.overview.AttentionLevel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A level as an icon whose shape says what its colour says (octagon, triangle, clock, circle, tick),
 * in the heat map's colour-blind-safe palette ({@code -db-*} of drillbook.css).
 */
final class LevelIcons {
    private LevelIcons() {
    }

    static FontIcon of(AttentionLevel level) {
        FontIcon icon = new FontIcon(switch (level) {
            case BREACH -> "fth-x-octagon";
            case AT_RISK -> "fth-alert-triangle";
            case STALE -> "fth-clock";
            case INFO -> "fth-info";
            case OK -> "fth-check-circle";
        });
        icon.setIconSize(16);
        icon.getStyleClass().addAll("level-icon", styleClass(level));
        return icon;
    }

    static String styleClass(AttentionLevel level) {
        return "level-" + level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** For people and screen readers. */
    static String words(AttentionLevel level) {
        return switch (level) {
            case BREACH -> "needs action";
            case AT_RISK -> "at risk";
            case STALE -> "overdue";
            case INFO -> "for information";
            case OK -> "in order";
        };
    }
}
