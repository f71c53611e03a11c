package io.drillbook.ui.playbook;

import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.common.StatusBadge;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A past playbook run, read only: its outcome and facts, every step with who did it and when
 * (approvals and checkpoints included), the chosen step's command and output, the timeline, and
 * the evidence events about the run.
 */
final class PastRunPane {
    private final PastRun run;
    private final Runnable back;

    PastRunPane(PastRun run, Runnable back) {
        this.run = run;
        this.back = back;
    }

    Node build() {
        TextArea output = new TextArea();
        output.setId("pb-past-output");
        output.setEditable(false);
        output.getStyleClass().add("pb-command");
        output.setWrapText(true);
        SplitPane lower = new SplitPane(section("Timeline", timeline()), section("Output of the chosen step", output),
                section("Evidence events (" + run.evidence().size() + ")", evidence()));
        lower.setDividerPositions(0.48, 0.78);
        SplitPane parts = new SplitPane(steps(output), lower);
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.5);
        VBox.setVgrow(parts, Priority.ALWAYS);
        Label facts = new Label(run.facts());
        facts.setId("pb-past-facts");
        facts.setWrapText(true);
        facts.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(10, header(), facts, parts);
        box.setId("pb-past-run");
        box.getStyleClass().add("pb-run");
        return box;
    }

    private Node header() {
        Button backButton = new Button("Back", new FontIcon("fth-arrow-left"));
        backButton.setId("pb-past-back");
        backButton.setOnAction(e -> back.run());
        Label title = new Label(run.title());
        title.setId("pb-past-title");
        title.getStyleClass().add("pb-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label status = StatusBadge.of(run.tone(), run.status());
        status.setId("pb-past-status");
        status.getStyleClass().add("run-detail-result");
        HBox row = new HBox(16, backButton, title, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node steps(TextArea output) {
        TableView<PastStepRow> table = ScreenLayout.table("pb-past-steps", new Label("No steps recorded"));
        table.getColumns().add(ScreenLayout.column("#", 36, r -> String.valueOf(r.number())));
        table.getColumns().add(ScreenLayout.column("Step", 230, PastStepRow::name));
        table.getColumns().add(ScreenLayout.column("Kind", 80, PastStepRow::kind));
        table.getColumns().add(StatusBadge.column("State", 100, PastStepRow::tone, PastStepRow::state));
        table.getColumns().add(ScreenLayout.column("Who", 80, PastStepRow::who));
        table.getColumns().add(ScreenLayout.column("At", 76, PastStepRow::at));
        table.getColumns().add(ScreenLayout.column("Took", 70, PastStepRow::took));
        table.getColumns().add(ScreenLayout.column("What it said", 240, PastStepRow::detail));
        table.getItems().setAll(run.steps());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> output.setText(now == null ? "" : now.output()));
        if (!run.steps().isEmpty()) {
            table.getSelectionModel().select(run.steps().stream().filter(s -> s.tone() == io.drillbook.ui.common.StatusTone.FAILED)
                    .findFirst().orElse(run.steps().get(0)));
        }
        return table;
    }

    private Node timeline() {
        ListView<PastRun.TimelineRow> list = new ListView<>();
        list.setId("pb-past-timeline");
        list.getItems().setAll(run.timeline());
        list.setCellFactory(v -> StatusBadge.listCell(PastRun.TimelineRow::tone, PastRun.TimelineRow::text));
        return list;
    }

    private Node evidence() {
        ListView<String> list = new ListView<>();
        list.setId("pb-past-evidence");
        list.setPlaceholder(new Label("No evidence event names this run"));
        list.getItems().setAll(run.evidence());
        return list;
    }

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("run-detail-section");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(6, heading, content);
        box.setMinHeight(0);
        return box;
    }
}
