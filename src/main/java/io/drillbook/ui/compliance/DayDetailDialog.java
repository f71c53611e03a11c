package io.drillbook.ui.compliance;

import io.drillbook.core.compliance.DayDetail;
import io.drillbook.core.model.Backup;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.util.stream.Collectors;

/** One cell's story: policy, the day's backups, the gaps beyond the RPO, the drill behind the RTO. */
final class DayDetailDialog {
    private DayDetailDialog() {
    }

    static void show(Node owner, DayDetail d, ZoneId zone) {
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(d.target() + " on " + d.day());
        dialog.setHeaderText(d.target() + " — " + d.day());
        dialog.getDialogPane().setContent(content(d, zone));
        dialog.getDialogPane().setId("day-detail");
        dialog.getDialogPane().setPrefWidth(760);
        dialog.show();
    }

    private static VBox content(DayDetail d, ZoneId zone) {
        Label policy = new Label(d.policy().map(p -> "Policy in force: RPO " + Formats.duration(p.rpo()) + ", RTO "
                + Formats.duration(p.rto()) + ", drill every " + p.drillEvery().getDays() + " days (since " + p.effectiveFrom() + ")")
                .orElse("No policy in force on this day"));
        Label before = new Label(d.lastBefore().map(b -> "Recovery point at the start of the day: " + b.externalId() + ", completed "
                + Formats.dateTime(b.completedAt(), zone)).orElse("No recovery point before this day"));
        Label gaps = new Label(d.gaps().isEmpty() ? "No gap beyond the RPO on this day" : "Gaps beyond the RPO: " + d.gaps().stream()
                .map(g -> Formats.dateTime(g.from(), zone) + " – " + Formats.dateTime(g.to(), zone) + " (" + Formats.duration(g.length()) + ")")
                .collect(Collectors.joining("; ")));
        gaps.setId("day-detail-gaps");
        gaps.setWrapText(true);
        Label drill = new Label(d.drill().map(x -> "RTO status from drill " + x.runId() + " (" + x.plan() + "), finished "
                + Formats.dateTime(x.finishedAt(), zone) + ", recovery " + Formats.duration(x.recoveryTime()))
                .orElse("No passing drill on or before this day"));
        drill.setId("day-detail-drill");
        TableView<Backup> table = ScreenLayout.table("day-detail-backups", new Label("No backups on this day"));
        table.getColumns().add(ScreenLayout.column("Backup", 200, Backup::externalId));
        table.getColumns().add(ScreenLayout.column("Completed", 170, b -> Formats.dateTime(b.completedAt(), zone)));
        table.getColumns().add(io.drillbook.ui.common.StatusBadge.column("Status", 110,
                b -> io.drillbook.ui.common.StatusTone.of(b.status()), b -> b.status().name().toLowerCase()));
        table.getColumns().add(ScreenLayout.column("Source", 90, b -> b.source().name().toLowerCase()));
        table.getColumns().add(ScreenLayout.column("Verified", 70, b -> b.verified() ? "yes" : ""));
        table.getItems().setAll(d.backups());
        table.setPrefHeight(260);
        return new VBox(8, policy, before, gaps, drill, table);
    }
}
