package io.drillbook.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** What a screen shows when it has nothing yet: an icon, a title and what to do next. */
public final class EmptyState {
    private EmptyState() {
    }

    public static VBox of(String iconLiteral, String title, String hint) {
        FontIcon icon = new FontIcon(iconLiteral);
        icon.setIconSize(48);
        icon.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-3", "empty-state-title");
        Label text = new Label(hint);
        text.setWrapText(true);
        text.setMaxWidth(480);
        text.getStyleClass().add("text-muted");
        VBox box = new VBox(12, icon, heading, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
