package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * An interrupted run before it is reopened: where it stopped, its steps with their journaled states,
 * its parameters again (secret ones are never stored), the production confirmation, and Reopen.
 */
final class ReopenPane {
    private final PlaybooksViewModel vm;
    private final InterruptedRun run;
    private final ParameterForm parameters;

    ReopenPane(PlaybooksViewModel vm, InterruptedRun run) {
        this.vm = vm;
        this.run = run;
        this.parameters = new ParameterForm(run.playbook(), run.info().parameters());
    }

    Node build() {
        RunInfo info = run.info();
        Playbook playbook = run.playbook();
        Label title = new Label("Interrupted run " + info.runId());
        title.getStyleClass().add("pb-title");
        Label summary = new Label(info.playbook() + " on " + info.target() + ", started " + Formats.dateTime(info.startedAt(),
                vm.zone()) + " by " + info.operator() + ". Drillbook stopped while it ran. Reopening takes the run lock again "
                + "and goes on at step " + run.stoppedAt() + "; finished steps keep their states. Secret parameters are "
                + "never stored: type them again.");
        summary.setId("pb-reopen-summary");
        summary.setWrapText(true);
        TextField typedEnv = new TextField();
        Node confirm = StartPane.typedConfirmation(playbook, typedEnv);
        Button reopen = new Button("Reopen");
        reopen.setId("pb-reopen");
        reopen.getStyleClass().add("accent");
        if (PlaybooksViewModel.needsTypedConfirmation(playbook.environment())) {
            reopen.disableProperty().bind(typedEnv.textProperty().isNotEqualTo(playbook.environment()));
        }
        reopen.setOnAction(e -> vm.reopen(run, parameters.collect(), typedEnv.getText()));
        Label message = new Label();
        message.setId("pb-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        Node steps = steps();
        VBox.setVgrow(steps, Priority.ALWAYS);
        VBox box = new VBox(10, title, summary, steps, parameters.build(), confirm, new HBox(8, reopen), message);
        box.getStyleClass().add("pb-start");
        return box;
    }

    private Node steps() {
        TableView<StepRow> table = ScreenLayout.table("pb-reopen-steps", new Label("No steps"));
        table.getColumns().add(ScreenLayout.column("#", 40, r -> Integer.toString(r.index() + 1)));
        table.getColumns().add(ScreenLayout.column("Step", 220, StepRow::name));
        table.getColumns().add(ScreenLayout.column("State", 90, StepRow::state));
        table.getColumns().add(ScreenLayout.column("By", 80, StepRow::actor));
        table.getColumns().add(ScreenLayout.column("Message", 260, StepRow::message));
        table.setItems(FXCollections.observableArrayList(run.steps().stream().map(StepRow::of).toList()));
        return table;
    }
}
