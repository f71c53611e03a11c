package io.drillbook.ui.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.ui.common.EmptyState;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

import java.time.ZoneId;

/**
 * Restore drills: the history of past drills, and "New drill", which opens the wizard in place of
 * the history until it is closed.
 */
public final class DrillsScreen implements Screen {
    private final DrillHistoryViewModel history;
    private final DrillWizardViewModel wizard;
    private final ZoneId zone;
    private StackPane view;
    private Node historyView;
    private DrillWizardView wizardView;

    public DrillsScreen(DrillHistoryViewModel history, DrillWizardViewModel wizard, ZoneId zone) {
        this.history = history;
        this.wizard = wizard;
        this.zone = zone;
    }

    @Override
    public String id() {
        return "drills";
    }

    @Override
    public String title() {
        return "Drills";
    }

    @Override
    public String icon() {
        return "fth-rotate-ccw";
    }

    @Override
    public Node view() {
        if (view == null) {
            Button newDrill = new Button("New drill");
            newDrill.setId("drill-new");
            newDrill.setOnAction(e -> openWizard());
            historyView = ScreenLayout.of("Restore drills", historyTable(), newDrill);
            wizardView = new DrillWizardView(wizard, zone, this::closeWizard);
            view = new StackPane(historyView);
        }
        return view;
    }

    private TableView<DrillSummary> historyTable() {
        TableView<DrillSummary> table = ScreenLayout.table("drill-table",
                EmptyState.of("fth-rotate-ccw", "No drills yet", "A restore drill proves a backup can be restored within the RTO."));
        table.getColumns().add(ScreenLayout.column("Started", 170, d -> Formats.dateTime(d.startedAt(), zone)));
        table.getColumns().add(ScreenLayout.column("System / environment", 160, d -> d.target().toString()));
        table.getColumns().add(ScreenLayout.column("Plan", 180, DrillSummary::plan));
        table.getColumns().add(ScreenLayout.column("Result", 100, d -> d.result().name().toLowerCase()));
        table.getColumns().add(ScreenLayout.column("Achieved RPO", 110, d -> Formats.duration(d.achievedRpo())));
        table.getColumns().add(ScreenLayout.column("Recovery time", 110, d -> Formats.duration(d.recoveryTime())));
        table.getColumns().add(ScreenLayout.column("Operator", 100, DrillSummary::operator));
        table.setItems(history.drills());
        return table;
    }

    private void openWizard() {
        wizard.start();
        view.getChildren().setAll(wizardView);
    }

    private void closeWizard() {
        view.getChildren().setAll(historyView);
        history.load();
    }

    @Override
    public void refresh() {
        history.load();
    }
}
