package io.drillbook.ui.shell;

import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom line: database in use, operator, any active freeze, and whether work is running. */
public final class StatusBar extends HBox {
    private final StringProperty freeze = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");

    public StatusBar(String database, String operator, ObservableIntegerValue running) {
        getStyleClass().add("status-bar");
        Label db = new Label(database, new FontIcon("fth-database"));
        db.setId("status-database");
        db.setTooltip(new Tooltip("Workspace database"));
        Label who = new Label(operator, new FontIcon("fth-user"));
        who.setTooltip(new Tooltip("Operator: the name recorded in evidence"));
        Label freezeLabel = new Label();
        freezeLabel.setId("status-freeze");
        freezeLabel.getStyleClass().add("freeze-active");
        freezeLabel.textProperty().bind(freeze);
        freezeLabel.visibleProperty().bind(freeze.isNotEmpty());
        freezeLabel.setGraphic(new FontIcon("fth-alert-octagon"));
        freezeLabel.setTooltip(new Tooltip("A freeze is in force: releases are blocked"));
        Label noticeLabel = new Label();
        noticeLabel.setId("status-notice");
        noticeLabel.textProperty().bind(notice);
        noticeLabel.setGraphic(new FontIcon("fth-refresh-cw"));
        noticeLabel.visibleProperty().bind(notice.isNotEmpty());
        noticeLabel.setTooltip(new Tooltip("The last change another console or pipeline made; the screen was refreshed"));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(Bindings.greaterThan(running, 0));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(db, who, freezeLabel, spacer, noticeLabel, busy);
    }

    /** The last change made elsewhere, e.g. "workspace changed by alice (release.changed, REL-1042)". */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** Empty when no freeze is in force, otherwise e.g. "Freeze: Year-end freeze (prod)". */
    public StringProperty freezeProperty() {
        return freeze;
    }
}
