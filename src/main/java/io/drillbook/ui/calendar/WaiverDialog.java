package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.GateResult;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Asks who waives a gate, why, and until when (default: a day after the release window starts). */
final class WaiverDialog extends Dialog<WaiverDialog.Request> {
    record Request(GateResult gate, String by, String reason, Instant expiresAt) {
    }

    WaiverDialog(GateResult gate, Instant releaseStart) {
        setTitle("Waive '" + gate.gate().title() + "' for " + gate.target());
        ZoneId zone = ZoneId.systemDefault();
        TextField by = new TextField();
        by.setId("waiver-by");
        TextField reason = new TextField();
        reason.setId("waiver-reason");
        TextField expires = new TextField(FormTimes.format(releaseStart.plusSeconds(86_400), zone));
        expires.setId("waiver-expires");
        Label problems = new Label();
        GridPane grid = io.drillbook.ui.common.ScreenLayout.labelsNeverCut(new GridPane());
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Waived by (name)"), by);
        grid.addRow(1, new Label("Reason"), reason);
        grid.addRow(2, new Label("Expires (yyyy-MM-dd HH:mm)"), expires);
        grid.add(problems, 0, 3, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> problems.setText(String.join("\n", problems(by.getText(), reason.getText(), expires.getText(), zone)));
        by.textProperty().addListener(o -> check.run());
        reason.textProperty().addListener(o -> check.run());
        expires.textProperty().addListener(o -> check.run());
        check.run();
        ok.disableProperty().bind(problems.textProperty().isNotEmpty());
        setResultConverter(b -> b != ButtonType.OK ? null : new Request(gate, by.getText().trim(), reason.getText().trim(),
                FormTimes.parse(expires.getText(), zone, "Expires", new ArrayList<>()).orElseThrow()));
    }

    static List<String> problems(String by, String reason, String expires, ZoneId zone) {
        List<String> found = new ArrayList<>();
        if (by.isBlank()) {
            found.add("Waived by: a named person is required");
        }
        if (reason.isBlank()) {
            found.add("Reason: required");
        }
        Optional<Instant> at = FormTimes.parse(expires, zone, "Expires", found);
        at.filter(t -> !t.isAfter(Instant.now())).ifPresent(t -> found.add("Expires: must be in the future"));
        return found;
    }
}
