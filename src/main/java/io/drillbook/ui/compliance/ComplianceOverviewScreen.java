package io.drillbook.ui.compliance;

import io.drillbook.ui.common.EmptyState;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/** RPO now, per system and environment, against its policy. */
public final class ComplianceOverviewScreen implements Screen {
    private final ComplianceOverviewViewModel model;
    private Node view;

    public ComplianceOverviewScreen(ComplianceOverviewViewModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return "compliance";
    }

    @Override
    public String title() {
        return "Compliance";
    }

    @Override
    public String icon() {
        return "fth-grid";
    }

    @Override
    public Node view() {
        if (view == null) {
            TableView<TargetStatus> table = ScreenLayout.table("compliance-table",
                    EmptyState.of("fth-grid", "No systems yet", "Import a workspace and backups to see RPO and RTO compliance."));
            table.getColumns().add(ScreenLayout.column("System / environment", 180, r -> r.policy().target().toString()));
            table.getColumns().add(ScreenLayout.column("RPO target", 100, r -> Formats.duration(r.policy().rpo())));
            table.getColumns().add(ScreenLayout.column("RTO target", 100, r -> Formats.duration(r.policy().rto())));
            table.getColumns().add(ScreenLayout.column("Newest good backup age", 170, r -> r.rpoNow() == null ? "none" : Formats.duration(r.rpoNow())));
            table.getColumns().add(ScreenLayout.column("RPO now", 100, TargetStatus::verdict));
            table.getColumns().add(ScreenLayout.column("Drill every", 100, r -> r.policy().drillEvery().getDays() + " days"));
            table.setItems(model.rows());
            view = ScreenLayout.of("Compliance", table);
        }
        return view;
    }

    @Override
    public void refresh() {
        model.load();
    }
}
