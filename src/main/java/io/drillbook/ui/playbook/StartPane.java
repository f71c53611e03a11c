package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.Playbook;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Map;

/** The start form of one playbook: its parameters (typed, with defaults and allowed values), the production confirmation, dry run and start. */
final class StartPane {
    private final PlaybooksViewModel vm;
    private final Playbook playbook;
    private final ParameterForm parameters;

    StartPane(PlaybooksViewModel vm, Playbook playbook) {
        this.vm = vm;
        this.playbook = playbook;
        this.parameters = new ParameterForm(playbook, Map.of());
    }

    Node build() {
        Label title = new Label(playbook.name());
        title.getStyleClass().add("pb-title");
        Label target = new Label("Target: " + playbook.systemEnv() + " · " + playbook.steps().size() + " steps");
        Label description = new Label(playbook.description());
        description.setWrapText(true);
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane form = parameters.build();
        TextField typedEnv = new TextField();
        Node confirm = typedConfirmation(playbook, typedEnv);
        boolean production = PlaybooksViewModel.needsTypedConfirmation(playbook.environment());
        Button dry = new Button("Dry run");
        dry.setId("pb-dry-run");
        dry.setOnAction(e -> vm.dryRun(playbook, parameters.collect()));
        Button start = new Button("Start run");
        start.setId("pb-start");
        start.getStyleClass().add("accent");
        if (production) {
            start.disableProperty().bind(typedEnv.textProperty().isNotEqualTo(playbook.environment()));
        }
        start.setOnAction(e -> vm.start(playbook, parameters.collect(), typedEnv.getText()));
        Label message = new Label();
        message.setId("pb-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        TextArea dryRun = new TextArea();
        dryRun.setId("pb-dry-run-output");
        dryRun.setEditable(false);
        dryRun.getStyleClass().add("pb-command");
        dryRun.textProperty().bind(vm.dryRunText);
        VBox.setVgrow(dryRun, Priority.ALWAYS);
        VBox box = new VBox(10, title, target, description, form, confirm, new HBox(8, dry, start), message, dryRun);
        box.getStyleClass().add("pb-start");
        return box;
    }

    /** "Type the environment's name to confirm": shown only for production environments. */
    static Node typedConfirmation(Playbook playbook, TextField typedEnv) {
        typedEnv.setId("pb-confirm-env");
        typedEnv.setPromptText(playbook.environment());
        HBox confirm = new HBox(8, new Label("Type the environment's name to confirm:"), typedEnv);
        boolean production = PlaybooksViewModel.needsTypedConfirmation(playbook.environment());
        confirm.setVisible(production);
        confirm.setManaged(production);
        return confirm;
    }
}
