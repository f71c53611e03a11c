package io.drillbook.ui.settings;

import io.drillbook.core.connect.KnownHostKey;
import io.drillbook.ui.common.ScreenLayout;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The known host keys tab. */
final class KnownHostsView extends VBox {
    KnownHostsView(KnownHostsViewModel model) {
        super(8);
        TableView<KnownHostKey> table = ScreenLayout.table("known-hosts", new Label("Drillbook trusts no host keys of its own yet"));
        table.getColumns().add(ScreenLayout.column("Host", 200, KnownHostKey::hostPattern));
        table.getColumns().add(ScreenLayout.column("Key type", 120, KnownHostKey::keyType));
        table.getColumns().add(ScreenLayout.column("Fingerprint", 420, KnownHostKey::fingerprint));
        table.setItems(model.keys());
        Button remove = ConnectionProfilesView.button("known-host-remove", "Remove", () -> {
            KnownHostKey key = table.getSelectionModel().getSelectedItem();
            if (key != null) {
                model.remove(key);
            }
        });
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button reload = ConnectionProfilesView.button("known-host-reload", "Reload", model::load);
        Label message = new Label();
        message.setId("known-host-message");
        message.textProperty().bind(model.messageProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, new HBox(8, remove, reload), message);
    }
}
