package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.FreeSlotFinder;
import io.drillbook.core.calendar.GateResult;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.util.Locale;

/** The readiness panel: the selected release's gates, "Waive…", and "Find next free slot" with slots to move to. */
final class ReadinessPanel extends VBox {

    ReadinessPanel(ReadinessViewModel model, ZoneId zone) {
        super(8);
        setId("readiness-panel");
        getStyleClass().add("readiness-panel");
        setPrefWidth(330);
        setMinWidth(300);
        Label verdict = new Label();
        verdict.setId("readiness-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.verdictProperty());
        TableView<GateResult> gates = gateTable(model);
        Button waive = new Button("Waive…");
        waive.setId("readiness-waive");
        waive.disableProperty().bind(gates.getSelectionModel().selectedItemProperty().isNull());
        waive.setOnAction(e -> new WaiverDialog(gates.getSelectionModel().getSelectedItem(), model.release().orElseThrow().start())
                .showAndWait().ifPresent(w -> model.waive(w.gate(), w.by(), w.reason(), w.expiresAt())));
        ListView<FreeSlotFinder.Slot> slots = slotList(model, zone);
        Button find = new Button("Find next free slot");
        find.setId("readiness-find-slot");
        find.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.gates()));
        find.setOnAction(e -> model.findFreeSlots());
        Button move = new Button("Move here");
        move.setId("readiness-move-to-slot");
        move.disableProperty().bind(slots.getSelectionModel().selectedItemProperty().isNull());
        move.setOnAction(e -> model.moveTo(slots.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(gates, Priority.ALWAYS);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, waive, find);
        buttons.setMinWidth(0);
        getChildren().addAll(new Label("Readiness"), verdict, gates, buttons, slots, move);
    }

    private static TableView<GateResult> gateTable(ReadinessViewModel model) {
        TableView<GateResult> table = ScreenLayout.table("readiness-gates", new Label("No release selected"));
        table.getColumns().add(ScreenLayout.column("Gate", 130, g -> g.gate().title()));
        table.getColumns().add(ScreenLayout.column("Target", 90, g -> g.target().toString()));
        table.getColumns().add(io.drillbook.ui.common.StatusBadge.column("Status", 90,
                g -> io.drillbook.ui.common.StatusTone.of(g.status()), g -> g.status().name().toLowerCase(Locale.ROOT)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(GateResult item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("gate-pass", "gate-fail", "gate-unknown", "gate-waived");
                setTooltip(null);
                if (item != null && !empty) {
                    getStyleClass().add("gate-" + item.status().name().toLowerCase(Locale.ROOT));
                    setTooltip(new Tooltip(item.reason()));
                }
            }
        });
        table.setItems(model.gates());
        return table;
    }

    private static ListView<FreeSlotFinder.Slot> slotList(ReadinessViewModel model, ZoneId zone) {
        ListView<FreeSlotFinder.Slot> list = new ListView<>(model.slots());
        list.setId("readiness-slots");
        list.setPrefHeight(130);
        list.setPlaceholder(new Label("Free slots appear here"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FreeSlotFinder.Slot slot, boolean empty) {
                super.updateItem(slot, empty);
                setText(slot == null || empty ? null : Formats.dateTime(slot.start(), zone) + " – " + Formats.dateTime(slot.end(), zone));
            }
        });
        return list;
    }
}
