package io.drillbook.ui.settings;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.ui.common.ScreenLayout;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The connection profiles tab: the table, the form beside it, and the connection test. */
final class ConnectionProfilesView extends HBox {
    private final ConnectionProfilesViewModel model;
    private final TableView<ConnectionProfile> table = ScreenLayout.table("connection-profiles", new Label("No connection profiles yet"));
    private final ConnectionProfileForm form = new ConnectionProfileForm();
    private final Label problems = new Label();

    ConnectionProfilesView(ConnectionProfilesViewModel model) {
        super(16);
        this.model = model;
        table.getColumns().add(ScreenLayout.column("Name", 140, ConnectionProfile::name));
        table.getColumns().add(ScreenLayout.column("Address", 220, ConnectionProfile::address));
        table.getColumns().add(ScreenLayout.column("Auth", 80, p -> p.auth() == null ? "" : p.auth().name().toLowerCase()));
        table.getColumns().add(ScreenLayout.column("Jump", 100, p -> p.jump().orElse("")));
        table.setItems(model.profiles());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, p) -> {
            if (p != null) {
                form.show(ConnectionDraft.of(p));
            }
        });
        model.profiles().addListener((javafx.collections.ListChangeListener<ConnectionProfile>) c ->
                form.jumpChoices(model.profiles().stream().map(ConnectionProfile::name).toList()));
        HBox.setHgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, new VBox(8, form, buttons(), problems, testArea()));
        problems.setId("conn-problems");
        problems.getStyleClass().add("problem");
    }

    private HBox buttons() {
        Button create = button("conn-new", "New", () -> {
            table.getSelectionModel().clearSelection();
            form.show(ConnectionDraft.blank());
        });
        Button save = button("conn-save", "Save", () -> problems.setText(String.join("\n", model.save(form.read()))));
        Button delete = button("conn-delete", "Delete", () -> selected(p -> model.delete(p.name())));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return new HBox(8, create, save, delete);
    }

    private VBox testArea() {
        Button test = button("conn-test", "Test connection", () -> selected(model::test));
        test.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.testingProperty()));
        Button cancel = button("conn-test-cancel", "Cancel", model::cancelTest);
        cancel.disableProperty().bind(model.testingProperty().not());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.testingProperty());
        Label result = new Label();
        result.setId("conn-test-result");
        result.setWrapText(true);
        result.setMaxWidth(480);
        result.textProperty().bind(model.testResultProperty());
        Label message = new Label();
        message.setId("conn-message");
        message.textProperty().bind(model.messageProperty());
        return new VBox(6, new HBox(8, test, cancel, busy), result, message);
    }

    private void selected(java.util.function.Consumer<ConnectionProfile> action) {
        ConnectionProfile p = table.getSelectionModel().getSelectedItem();
        if (p != null) {
            action.accept(p);
        }
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
