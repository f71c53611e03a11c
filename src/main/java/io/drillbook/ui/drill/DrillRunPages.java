package io.drillbook.ui.drill;

import io.drillbook.core.drill.DrillResult;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;

/** The run, results and summary pages of the drill wizard; binds only. */
final class DrillRunPages {
    private DrillRunPages() {
    }

    static Node run(DrillRunSession session, Runnable onStart) {
        Button start = new Button("Start drill");
        start.setId("drill-start");
        start.setOnAction(e -> onStart.run());
        start.disableProperty().bind(session.startedAtProperty().isNotNull());
        Button cancel = new Button("Cancel");
        cancel.setId("drill-cancel");
        cancel.disableProperty().bind(session.startedAtProperty().isNull().or(session.resultProperty().isNotNull()));
        cancel.setOnAction(e -> session.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(session.progressProperty());
        Label elapsed = elapsedLabel(session);
        Label manual = new Label();
        manual.setId("drill-manual-instructions");
        manual.setWrapText(true);
        manual.textProperty().bind(session.waitingManualProperty().map(s -> "Manual step '" + s.name() + "': " + s.manual()).orElse(""));
        Button done = new Button("Done");
        done.setId("drill-manual-done");
        done.visibleProperty().bind(session.waitingManualProperty().isNotNull());
        done.setOnAction(e -> session.confirmManual());
        // The instructions wrap; the buttons keep their full labels however long the instructions are.
        done.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        elapsed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        manual.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(manual, Priority.ALWAYS);
        TextArea output = new TextArea();
        output.setId("drill-output");
        output.setEditable(false);
        output.textProperty().bind(session.outputProperty());
        Label problem = new Label();
        problem.textProperty().bind(session.problemProperty());
        VBox box = new VBox(8, new HBox(8, start, cancel, bar, elapsed), stepsTable("drill-steps", session), new HBox(8, manual, done),
                problem, output);
        VBox.setVgrow(output, Priority.ALWAYS);
        return box;
    }

    private static Label elapsedLabel(DrillRunSession session) {
        Label elapsed = new Label();
        elapsed.setId("drill-elapsed");
        Timeline tick = new Timeline(new KeyFrame(Duration.millis(500), e -> {
            Instant from = session.startedAtProperty().get();
            DrillResult result = session.resultProperty().get();
            elapsed.setText(from == null ? "" : result != null ? "took " + Formats.duration(result.summary().recoveryTime())
                    : "elapsed " + Formats.duration(java.time.Duration.between(from, Instant.now())));
        }));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
        return elapsed;
    }

    private static TableView<StepOutcome> stepsTable(String id, DrillRunSession session) {
        TableView<StepOutcome> table = ScreenLayout.table(id, new Label("Press Start"));
        table.getColumns().add(ScreenLayout.column("Kind", 70, s -> s.kind().name().toLowerCase()));
        table.getColumns().add(ScreenLayout.column("Step", 260, StepOutcome::name));
        table.getColumns().add(ScreenLayout.column("State", 90, s -> s.state().name().toLowerCase()));
        table.getColumns().add(ScreenLayout.column("Time", 80, s -> Formats.duration(s.automated().plus(s.manual()))));
        table.getColumns().add(ScreenLayout.column("Message", 260, StepOutcome::message));
        table.setItems(session.steps());
        return table;
    }

    static Node results(DrillRunSession session) {
        TableView<StepOutcome> table = ScreenLayout.table("wizard-results", new Label("No results"));
        table.getColumns().add(ScreenLayout.column("Check or step", 240, StepOutcome::name));
        table.getColumns().add(ScreenLayout.column("State", 80, s -> s.state().name().toLowerCase()));
        table.getColumns().add(ScreenLayout.column("Expected", 180, s -> s.verdict() == null ? "" : s.verdict().expected()));
        table.getColumns().add(ScreenLayout.column("Actual", 180, s -> s.verdict() == null ? "" : s.verdict().actual()));
        table.getColumns().add(ScreenLayout.column("Confirmed by", 140, s -> s.confirmation() == null ? ""
                : s.confirmation().confirmedBy() + " " + s.confirmation().confirmedAt().toString().substring(11, 19)));
        table.itemsProperty().bind(session.resultProperty().map(r -> javafx.collections.FXCollections.observableArrayList(r.steps())));
        Label headline = new Label();
        headline.setId("wizard-result-headline");
        headline.textProperty().bind(session.resultProperty().map(DrillRunPages::headline).orElse(""));
        return new VBox(8, headline, table);
    }

    static String headline(DrillResult r) {
        return r.summary().result().name() + ": achieved RPO " + Formats.duration(r.summary().achievedRpo())
                + r.rpoMet().map(m -> m ? " (within " : " (beyond ").orElse(" (") + Formats.duration(r.rpoTarget()) + ")"
                + ", recovery " + Formats.duration(r.summary().recoveryTime()) + " (" + Formats.duration(r.summary().automated())
                + " automated, " + Formats.duration(r.summary().manual()) + " manual)"
                + rtoText(r);
    }

    /** Only a passed drill can meet the RTO; any other result did not demonstrate it. */
    static String rtoText(DrillResult r) {
        return switch (r.rtoVerdict()) {
            case MET -> " within RTO " + Formats.duration(r.rtoTarget());
            case MISSED -> " beyond RTO " + Formats.duration(r.rtoTarget());
            case NOT_DEMONSTRATED -> ": RTO not demonstrated";
            case UNKNOWN -> " (no RTO in force)";
        };
    }

    static Node summary(DrillWizardViewModel model) {
        Label text = new Label();
        text.setId("wizard-summary");
        text.setWrapText(true);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            DrillResult r = model.session().resultProperty().get();
            long seq = model.gaps().evidenceSeqProperty().get();
            return r == null ? "" : "Drill " + r.runId() + "\n" + headline(r) + "\nGaps recorded: " + model.gaps().gaps().size()
                    + "\nEvidence record: #" + seq;
        }, model.session().resultProperty(), model.gaps().evidenceSeqProperty()));
        return new VBox(8, text);
    }
}
