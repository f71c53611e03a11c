package io.drillbook.app;

import io.drillbook.app.settings.ConsoleConnectors;
import io.drillbook.app.platform.AppConfig;
import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.KnownHostKey;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.testing.MinaSshServer;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.shell.WindowStateStore;
import io.drillbook.ui.common.HostKeyDialog;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Settings screen against an in-process MINA SSHD: create a profile, test it, trust its key, forget it. */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    @TempDir
    static Path dir;
    static MinaSshServer server;
    static String serverFingerprint;

    AppContext ctx;
    FxTaskRunner runner;

    @BeforeAll
    static void startServer() throws Exception {
        server = MinaSshServer.start(java.nio.file.Files.createDirectories(dir.resolve("sshd")));
        byte[] blob = Base64.getDecoder().decode(server.hostPublicKeyLine().trim().split("\\s+")[1]);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
        serverFingerprint = "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new AppConfig(dir.resolve("ws-" + System.nanoTime()), null, "tester"), Clock.systemUTC());
        runner = new FxTaskRunner();
        WindowStateStore state = new WindowStateStore(ctx.platform().config().dataDir().resolve("console.properties"));
        ConsoleWindow.show(stage, ctx, runner, state).show("settings");
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
        ctx.close();
    }

    @Test
    void newProfileTestedAfterTrustingItsHostKeyWhichCanThenBeRemoved(FxRobot robot) throws Exception {
        fillConnectionForm(robot);
        robot.clickOn("#conn-save");
        TableView<ConnectionProfile> profiles = robot.lookup("#connection-profiles").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> profiles.getItems().size() == 1);
        robot.interact(() -> profiles.getSelectionModel().select(0));

        robot.clickOn("#conn-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#host-key-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#host-key-fingerprint").queryAs(TextField.class).getText()).isEqualTo(serverFingerprint);
        assertThat(robot.lookup("#host-key-type").queryAs(TextField.class).getText()).isEqualTo("ssh-ed25519");
        answerHostKeyDialog(robot, HostKeyDialog.TRUST);

        Label result = robot.lookup("#conn-test-result").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> result.getText().startsWith("OK"));
        assertThat(result.getText()).contains(serverFingerprint).containsPattern("round trip \\d+ ms");
        assertThat(ctx.platform().evidenceRepository().find(EvidenceQuery.all(10).withKindPrefix("profile.connection.created"))).hasSize(1);

        robot.clickOn("#settings-tab-known-hosts");
        TableView<KnownHostKey> keys = robot.lookup("#known-hosts").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> keys.getItems().size() == 1);
        assertThat(keys.getItems().get(0).fingerprint()).isEqualTo(serverFingerprint);
        robot.interact(() -> keys.getSelectionModel().select(0));
        robot.clickOn("#known-host-remove");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> keys.getItems().isEmpty());
        assertThat(ctx.platform().evidenceRepository().find(EvidenceQuery.all(10).withKindPrefix("profile.hostkey.removed"))).hasSize(1);
    }

    @Test
    void refusedHostKeyFailsTheTestAndIsNotTrusted(FxRobot robot) throws Exception {
        fillConnectionForm(robot);
        robot.clickOn("#conn-save");
        TableView<ConnectionProfile> profiles = robot.lookup("#connection-profiles").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> profiles.getItems().size() == 1);
        robot.interact(() -> profiles.getSelectionModel().select(0));

        robot.clickOn("#conn-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#host-key-dialog").tryQuery().isPresent());
        answerHostKeyDialog(robot, HostKeyDialog.REFUSE);

        Label result = robot.lookup("#conn-test-result").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> result.getText().startsWith("FAILED"));
        assertThat(result.getText()).contains("host key").contains(serverFingerprint);
        assertThat(ConsoleConnectors.of(ctx.settings()).knownHosts().list()).isEmpty();
    }

    @Test
    void invalidFormNamesTheWrongFieldsAndSavesNothing(FxRobot robot) {
        robot.interact(() -> {
            text(robot, "#conn-name", "broken");
            text(robot, "#conn-host", "");
            text(robot, "#conn-port", "70000");
        });
        robot.clickOn("#conn-save");

        assertThat(robot.lookup("#conn-problems").queryAs(Label.class).getText())
                .contains("Host: required").contains("Port: must be 1..65535, was 70000");
        assertThat(ctx.settings().connectionProfiles().all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void fillConnectionForm(FxRobot robot) {
        robot.interact(() -> {
            text(robot, "#conn-name", "mina");
            text(robot, "#conn-host", "127.0.0.1");
            text(robot, "#conn-port", String.valueOf(server.port()));
            text(robot, "#conn-user", MinaSshServer.USER);
            robot.lookup("#conn-auth").queryAs(ComboBox.class).setValue(AuthMethod.KEY);
            text(robot, "#conn-key-path", server.clientKey.toString());
        });
    }

    private static void answerHostKeyDialog(FxRobot robot, ButtonType answer) {
        DialogPane pane = robot.lookup("#host-key-dialog").queryAs(DialogPane.class);
        Button button = (Button) pane.lookupButton(answer);
        assertThat(button.getText()).isEqualTo(answer.getText());
        robot.interact(button::fire);
    }

    private static void text(FxRobot robot, String id, String value) {
        robot.lookup(id).queryAs(TextField.class).setText(value);
    }
}
