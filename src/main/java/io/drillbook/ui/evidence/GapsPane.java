package io.drillbook.ui.evidence;

import io.drillbook.core.report.GapRegister.TrackedGap;
import io.drillbook.ui.common.EmptyState;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;

/** Gaps with owner, due date and status; mark one in progress or close it with a note. */
final class GapsPane {
    private GapsPane() {
    }

    static VBox of(GapsViewModel model, ZoneId zone) {
        TableView<TrackedGap> table = ScreenLayout.table("gaps-table",
                EmptyState.of("fth-check-square", "No gaps recorded", "Gaps found during drills appear here with their owner and due date."));
        table.getColumns().add(ScreenLayout.column("#", 60, g -> Long.toString(g.gap().seq())));
        table.getColumns().add(ScreenLayout.column("Found", 150, g -> Formats.dateTime(g.gap().recordedAt(), zone)));
        table.getColumns().add(ScreenLayout.column("Run", 140, g -> g.gap().runId()));
        table.getColumns().add(ScreenLayout.column("Gap", 320, g -> g.gap().description()));
        table.getColumns().add(ScreenLayout.column("Owner", 90, g -> g.gap().owner()));
        table.getColumns().add(ScreenLayout.column("Due", 100, g -> g.gap().due()));
        table.getColumns().add(io.drillbook.ui.common.StatusBadge.column("Status", 110, g -> switch (g.status()) {
            case OPEN -> io.drillbook.ui.common.StatusTone.WARNING;
            case IN_PROGRESS -> io.drillbook.ui.common.StatusTone.RUNNING;
            case CLOSED -> io.drillbook.ui.common.StatusTone.OK;
        }, g -> g.status().name().toLowerCase().replace('_', ' ')));
        table.getColumns().add(ScreenLayout.column("Note", 200, TrackedGap::note));
        table.setItems(model.gaps());
        TextField note = new TextField();
        note.setId("gap-note");
        note.setPromptText("Note (required to close)");
        HBox.setHgrow(note, Priority.ALWAYS);
        Button progress = new Button("In progress");
        progress.setId("gap-in-progress");
        progress.setTooltip(new Tooltip("Record that work on the selected gap has started"));
        progress.setOnAction(e -> model.markInProgress(table.getSelectionModel().getSelectedItem(), note.getText()));
        Button close = new Button("Close gap");
        close.setId("gap-close");
        close.setTooltip(new Tooltip("Close the selected gap, saying how it was closed"));
        close.setOnAction(e -> model.close(table.getSelectionModel().getSelectedItem(), note.getText()));
        progress.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        close.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label message = new Label();
        message.setId("gap-message");
        message.textProperty().bind(model.messageProperty());
        VBox box = new VBox(8, table, new HBox(8, note, progress, close), message);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
