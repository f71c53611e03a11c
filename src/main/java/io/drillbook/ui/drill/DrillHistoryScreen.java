package io.drillbook.ui.drill;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.ui.common.EmptyState;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.TableView;

import java.time.ZoneId;

/** Past restore drills with their achieved RPO and recovery time. */
public final class DrillHistoryScreen implements Screen {
    private final DrillHistoryViewModel model;
    private final ZoneId zone;
    private Node view;

    public DrillHistoryScreen(DrillHistoryViewModel model, ZoneId zone) {
        this.model = model;
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
            TableView<DrillSummary> table = ScreenLayout.table("drill-table",
                    EmptyState.of("fth-rotate-ccw", "No drills yet", "A restore drill proves a backup can be restored within the RTO."));
            table.getColumns().add(ScreenLayout.column("Started", 170, d -> Formats.dateTime(d.startedAt(), zone)));
            table.getColumns().add(ScreenLayout.column("System / environment", 160, d -> d.target().toString()));
            table.getColumns().add(ScreenLayout.column("Plan", 140, DrillSummary::plan));
            table.getColumns().add(ScreenLayout.column("Result", 100, d -> d.result().name().toLowerCase()));
            table.getColumns().add(ScreenLayout.column("Achieved RPO", 110, d -> Formats.duration(d.achievedRpo())));
            table.getColumns().add(ScreenLayout.column("Recovery time", 110, d -> Formats.duration(d.recoveryTime())));
            table.getColumns().add(ScreenLayout.column("Operator", 100, DrillSummary::operator));
            table.setItems(model.drills());
            view = ScreenLayout.of("Restore drills", table);
        }
        return view;
    }

    @Override
    public void refresh() {
        model.load();
    }
}
