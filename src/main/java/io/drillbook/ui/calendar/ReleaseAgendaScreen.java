package io.drillbook.ui.calendar;

import io.drillbook.core.model.Release;
import io.drillbook.ui.common.EmptyState;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.TableView;

import java.time.ZoneId;

/** The calendar as an agenda of releases (the full calendar views build on this). */
public final class ReleaseAgendaScreen implements Screen {
    private final ReleaseAgendaViewModel model;
    private final ZoneId zone;
    private Node view;

    public ReleaseAgendaScreen(ReleaseAgendaViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
    }

    @Override
    public String id() {
        return "calendar";
    }

    @Override
    public String title() {
        return "Calendar";
    }

    @Override
    public String icon() {
        return "fth-calendar";
    }

    @Override
    public Node view() {
        if (view == null) {
            TableView<Release> table = ScreenLayout.table("release-agenda",
                    EmptyState.of("fth-calendar", "No releases planned", "Import a workspace or an ICS file to plan releases."));
            table.getColumns().add(ScreenLayout.column("Release", 110, Release::id));
            table.getColumns().add(ScreenLayout.column("Title", 260, Release::title));
            table.getColumns().add(ScreenLayout.column("Systems", 160, r -> String.join(", ", r.systems()) + " / " + String.join(", ", r.environments())));
            table.getColumns().add(ScreenLayout.column("Window", 230, r -> Formats.dateTime(r.start(), zone) + " – " + Formats.dateTime(r.end(), zone).substring(15)));
            table.getColumns().add(ScreenLayout.column("Risk", 90, r -> r.risk().name().toLowerCase()));
            table.getColumns().add(ScreenLayout.column("CAB", 140, r -> r.cab() == null ? "—" : r.cab().approvedBy()));
            table.getColumns().add(ScreenLayout.column("Status", 100, r -> r.status().name().toLowerCase().replace('_', ' ')));
            table.setItems(model.releases());
            view = ScreenLayout.of("Calendar — releases of the next 8 weeks", table);
        }
        return view;
    }

    @Override
    public void refresh() {
        model.load();
    }
}
