package io.drillbook.ui.playbook;

import io.drillbook.ui.common.ScreenLayout;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The run screen, built for pressure: the current step large with its instructions and exact
 * command, one big Run / Confirm / Approve button (Ctrl+Enter), Pause (Ctrl+P), the steps with
 * states and timings, live output, the timeline and the status update to copy.
 */
final class RunPane {
    static final KeyCombination RUN_OR_CONFIRM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final PlaybookRunViewModel vm;
    private final Runnable close;
    private final TextField answerName = new TextField();
    private final ComboBox<String> stepChoice = new ComboBox<>();
    private final TextField reason = new TextField();

    RunPane(PlaybookRunViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
    }

    Node build() {
        VBox top = new VBox(8, label("pb-status", vm.status, "pb-status"), label("pb-current-step", vm.currentStep, "pb-current"),
                label("pb-instructions", vm.currentInstructions, "pb-instructions"), command(), primaryRow(),
                label("pb-run-message", vm.message, "pb-message"), controls());
        SplitPane middle = new SplitPane(stepsTable(), area("pb-output", vm.output));
        SplitPane bottom = new SplitPane(timeline(), statusUpdate());
        SplitPane split = new SplitPane(middle, bottom);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox root = new VBox(10, top, split);
        root.getStyleClass().add("pb-run");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        stepChoice.getItems().setAll(vm.playbook().steps().stream().map(s -> s.name()).toList());
        return root;
    }

    private void shortcut(KeyEvent e) {
        if (RUN_OR_CONFIRM.match(e)) {
            vm.primaryAction(answerName.getText());
            e.consume();
        } else if (PAUSE.match(e)) {
            vm.pause();
            e.consume();
        }
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        return l;
    }

    private Node command() {
        TextArea command = area("pb-command", vm.currentCommand);
        command.setPrefRowCount(3);
        return command;
    }

    private Node primaryRow() {
        Button primary = new Button();
        primary.setId("pb-primary");
        primary.getStyleClass().addAll("accent", "pb-primary");
        primary.textProperty().bind(Bindings.createStringBinding(() -> vm.question.get() != null ? vm.question.get().verb()
                : vm.executing.get() ? "Running..." : "Run", vm.question, vm.executing));
        primary.disableProperty().bind(vm.question.isNull().and(vm.executing.or(vm.ended)));
        primary.setOnAction(e -> vm.primaryAction(answerName.getText()));
        answerName.setId("pb-answer-name");
        answerName.setPromptText("Your name");
        answerName.visibleProperty().bind(vm.question.isNotNull());
        Button decline = new Button("Decline");
        decline.setId("pb-decline");
        decline.visibleProperty().bind(vm.question.isNotNull());
        decline.setOnAction(e -> vm.answer(answerName.getText(), false));
        return new HBox(10, primary, answerName, decline);
    }

    private Node controls() {
        Button pause = button("pb-pause", "Pause", vm::pause);
        Button resume = button("pb-resume", "Resume", vm::resume);
        Button skip = button("pb-skip", "Skip step", () -> vm.skip(stepChoice.getValue(), reason.getText()));
        Button abort = button("pb-abort", "Abort", () -> vm.abort(reason.getText()));
        Button rerun = button("pb-rerun", "Re-run from step", () -> vm.rerunFrom(stepChoice.getValue()));
        Button back = button("pb-close", "Back to playbooks", close);
        back.visibleProperty().bind(vm.ended);
        stepChoice.setId("pb-step-choice");
        stepChoice.setPromptText("Step");
        reason.setId("pb-reason");
        reason.setPromptText("Reason (skip, abort)");
        pause.disableProperty().bind(vm.ended);
        abort.disableProperty().bind(vm.ended);
        return new HBox(8, pause, resume, stepChoice, skip, rerun, reason, abort, back);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node stepsTable() {
        TableView<StepRow> table = ScreenLayout.table("pb-steps", new Label("No steps"));
        table.getColumns().add(ScreenLayout.column("#", 40, r -> Integer.toString(r.index() + 1)));
        table.getColumns().add(ScreenLayout.column("Step", 220, StepRow::name));
        table.getColumns().add(ScreenLayout.column("Kind", 80, StepRow::kind));
        table.getColumns().add(ScreenLayout.column("State", 90, StepRow::state));
        table.getColumns().add(ScreenLayout.column("Time", 70, StepRow::timing));
        table.getColumns().add(ScreenLayout.column("By", 80, StepRow::actor));
        table.getColumns().add(ScreenLayout.column("Message", 200, StepRow::message));
        table.setItems(vm.steps);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                stepChoice.setValue(now.name());
            }
        });
        return table;
    }

    private Node timeline() {
        ListView<String> list = new ListView<>(vm.timeline);
        list.setId("pb-timeline");
        return list;
    }

    private Node statusUpdate() {
        Button copy = button("pb-copy-status", "Copy status update", this::copyStatusUpdate);
        TextArea text = area("pb-status-update", vm.statusUpdate);
        VBox.setVgrow(text, Priority.ALWAYS);
        return new VBox(6, copy, text);
    }

    private void copyStatusUpdate() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.statusUpdate.get());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static TextArea area(String id, javafx.beans.value.ObservableValue<String> text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("pb-command");
        area.textProperty().bind(text);
        return area;
    }
}
