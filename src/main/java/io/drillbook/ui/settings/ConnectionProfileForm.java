package io.drillbook.ui.settings;

import io.drillbook.core.connect.AuthMethod;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.List;

/** The fields of one connection profile; reads them into a {@link ConnectionDraft}. */
final class ConnectionProfileForm extends GridPane {
    private final TextField name = field("conn-name");
    private final TextField host = field("conn-host");
    private final TextField port = field("conn-port");
    private final TextField user = field("conn-user");
    private final ComboBox<AuthMethod> auth = new ComboBox<>(FXCollections.observableArrayList(AuthMethod.values()));
    private final TextField keyPath = field("conn-key-path");
    private final ComboBox<String> jump = new ComboBox<>();
    private final TextField connectSeconds = field("conn-connect-timeout");
    private final TextField commandMinutes = field("conn-command-timeout");
    private final TextField keepAlive = field("conn-keep-alive");

    ConnectionProfileForm() {
        io.drillbook.ui.common.ScreenLayout.labelsNeverCut(this);
        setHgap(8);
        setVgap(6);
        auth.setId("conn-auth");
        jump.setId("conn-jump");
        jump.setEditable(true);
        Button choose = new Button("Choose…");
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choose.setId("conn-key-choose");
        choose.setOnAction(e -> chooseKey());
        keyPath.disableProperty().bind(auth.valueProperty().isNotEqualTo(AuthMethod.KEY));
        choose.disableProperty().bind(keyPath.disableProperty());
        int row = 0;
        addRow(row++, new Label("Name"), name);
        addRow(row++, new Label("Host"), host);
        addRow(row++, new Label("Port"), port);
        addRow(row++, new Label("User"), user);
        addRow(row++, new Label("Authentication"), auth);
        addRow(row++, new Label("Key file"), new HBox(4, keyPath, choose));
        addRow(row++, new Label("Jump host profile"), jump);
        addRow(row++, new Label("Connect timeout (s)"), connectSeconds);
        addRow(row++, new Label("Command timeout (min)"), commandMinutes);
        addRow(row, new Label("Keep-alive (s)"), keepAlive);
        show(ConnectionDraft.blank());
    }

    void jumpChoices(List<String> profileNames) {
        jump.getItems().setAll(profileNames);
    }

    void show(ConnectionDraft d) {
        name.setText(d.name());
        host.setText(d.host());
        port.setText(d.port());
        user.setText(d.user());
        auth.setValue(d.auth());
        keyPath.setText(d.keyPath());
        jump.setValue(d.jumpProfile());
        connectSeconds.setText(d.connectSeconds());
        commandMinutes.setText(d.commandMinutes());
        keepAlive.setText(d.keepAliveSeconds());
    }

    ConnectionDraft read() {
        String jumpText = jump.getEditor().getText();
        return new ConnectionDraft(name.getText(), host.getText(), port.getText(), user.getText(), auth.getValue(),
                keyPath.getText(), jumpText == null || jumpText.isBlank() ? jump.getValue() : jumpText,
                connectSeconds.getText(), commandMinutes.getText(), keepAlive.getText());
    }

    private void chooseKey() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Private key file");
        File home = new File(System.getProperty("user.home"), ".ssh");
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            keyPath.setText(chosen.getAbsolutePath());
        }
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }
}
