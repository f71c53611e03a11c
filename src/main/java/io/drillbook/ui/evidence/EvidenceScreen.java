package io.drillbook.ui.evidence;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.ui.common.EmptyState;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;

/** Every recorded event, newest first, with a search box and the chain check. */
public final class EvidenceScreen implements Screen {
    private final EvidenceViewModel model;
    private final ZoneId zone;
    private Node view;

    public EvidenceScreen(EvidenceViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
    }

    @Override
    public String id() {
        return "evidence";
    }

    @Override
    public String title() {
        return "Evidence";
    }

    @Override
    public String icon() {
        return "fth-file-text";
    }

    @Override
    public Node view() {
        if (view == null) {
            TableView<EvidenceEvent> table = ScreenLayout.table("evidence-table",
                    EmptyState.of("fth-file-text", "No evidence yet", "Every drill, playbook run, gate decision and change is recorded here."));
            table.getColumns().add(ScreenLayout.column("#", 60, e -> Long.toString(e.seq())));
            table.getColumns().add(ScreenLayout.column("Time", 170, e -> Formats.dateTime(e.time(), zone)));
            table.getColumns().add(ScreenLayout.column("Actor", 100, EvidenceEvent::actor));
            table.getColumns().add(ScreenLayout.column("Kind", 150, EvidenceEvent::kind));
            table.getColumns().add(ScreenLayout.column("Subject", 150, EvidenceEvent::subject));
            table.getColumns().add(ScreenLayout.column("Details", 400, EvidenceEvent::payload));
            table.setItems(model.events());
            TextField search = new TextField();
            search.setId("evidence-search");
            search.setPromptText("Search kind, subject or details");
            search.textProperty().bindBidirectional(model.filterProperty());
            search.setOnAction(e -> model.load());
            Button verify = new Button("Verify chain", new FontIcon("fth-check-circle"));
            verify.setId("verify-chain");
            verify.setTooltip(new Tooltip("Recompute every event's hash and link"));
            verify.setOnAction(e -> model.verifyChain());
            Label chain = new Label();
            chain.setId("chain-status");
            chain.textProperty().bind(model.chainStatusProperty());
            model.chainBrokenProperty().addListener((o, was, broken) -> chain.getStyleClass().setAll("label", broken ? "chain-broken" : "chain-ok"));
            view = ScreenLayout.of("Evidence", new VBox(8, chain, table), search, verify);
            VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        }
        return view;
    }

    @Override
    public void refresh() {
        model.load();
    }
}
