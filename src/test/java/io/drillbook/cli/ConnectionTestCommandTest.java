package io.drillbook.cli;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcConnectionProfileRepository;
import io.drillbook.infra.ssh.DrillbookKnownHosts;
import io.drillbook.infra.ssh.SshConnector;
import io.drillbook.infra.ssh.SshjConnectionTester;
import io.drillbook.testing.MinaSshServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless connection test against MINA SSHD, with profiles in a real H2 database. */
class ConnectionTestCommandTest {
    @TempDir
    static Path serverDir;
    static MinaSshServer server;

    @TempDir
    Path work;
    Database db;
    JdbcConnectionProfileRepository profiles;
    final StringWriter out = new StringWriter();

    @BeforeAll
    static void startServer() throws Exception {
        server = MinaSshServer.start(serverDir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void store() {
        db = Database.embedded(work);
        profiles = new JdbcConnectionProfileRepository(db);
        profiles.save(ConnectionProfile.ssh("mina", "127.0.0.1", server.port(), MinaSshServer.USER, AuthMethod.KEY, server.clientKey));
    }

    @AfterEach
    void closeStore() {
        db.close();
    }

    int run(String... args) {
        DrillbookKnownHosts knownHosts = new DrillbookKnownHosts(work.resolve("known_hosts"));
        SshConnector connector = new SshConnector(null, knownHosts, HostKeyDecision.REJECT, SecretPrompt.NONE, profiles::find);
        CommandLine cli = new CommandLine(new ConnectionTestCommand(() -> profiles, decision -> new SshjConnectionTester(connector, decision)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void unknownHostIsRefusedUntilTheFingerprintIsGivenExactly() {
        assertThat(run("mina")).isEqualTo(1);
        Matcher m = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}").matcher(out.toString());
        assertThat(m.find()).as("output names the offered fingerprint: %s", out).isTrue();
        String fingerprint = m.group();

        assertThat(run("mina", "--accept-host-key", fingerprint)).isEqualTo(0);
        assertThat(out.toString()).contains("OK mina: host key ssh-ed25519 " + fingerprint + ", auth KEY");
        assertThat(run("mina")).as("the accepted key is remembered").isEqualTo(0);
    }

    @Test
    void unknownProfileExitsWithTwo() {
        assertThat(run("nope")).isEqualTo(2);
        assertThat(out.toString()).contains("no connection profile named 'nope'");
    }
}
