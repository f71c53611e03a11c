package io.drillbook.cli;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.team.LockResources;
import io.drillbook.testing.MinaSshServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every decision and refusal around a drill run is evidence: an unknown host key refused or
 * trusted (with its fingerprint), a drill that could not start (with the reason), a lock refusal.
 * Against MINA SSHD in-process and a plain H2 workspace (no demo).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillRefusalEvidenceTest {
    @TempDir
    static Path dir;
    MinaSshServer server;
    AppContext ctx;
    Path plan;

    @BeforeAll
    void start() throws Exception {
        server = MinaSshServer.start(Files.createDirectories(dir.resolve("server")));
        ctx = new AppContext(AppConfig.of(dir.resolve("data").toString(), null), Clock.systemUTC());
        ctx.settings().connectionProfiles().save(ConnectionProfile.ssh("mina", "127.0.0.1", server.port(), MinaSshServer.USER,
                AuthMethod.KEY, server.clientKey));
        plan = Files.writeString(dir.resolve("plan.yaml"), """
                drill: sandbox restore
                system: shop
                environment: prod
                target: mina
                backup: { pick: id, id: snap-1 }
                steps:
                  - name: Say hello
                    run: echo hello
                """);
        Path data = Files.writeString(dir.resolve("snap.csv"), "id\n1\n");
        Path csv = Files.writeString(dir.resolve("backups.csv"), "id,started,completed,status,size,location\n"
                + "snap-1,2026-12-01T00:00:00Z,2026-12-01T00:10:00Z,succeeded,4," + data + "\n");
        run("import", "csv", csv.toString(), "--system", "shop", "--env", "prod", "--create");
    }

    @AfterAll
    void stop() throws Exception {
        if (ctx != null) {
            ctx.close();
        }
        if (server != null) {
            server.close();
        }
    }

    record Run(int status, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    List<EvidenceEvent> events(String kind) {
        return ctx.platform().evidenceRepository().find(EvidenceQuery.all(100).withKindPrefix(kind));
    }

    @Test
    void unknownHostKeyRefusedThenTrustedIsEvidenceWithItsFingerprintAndTheRefusedDrillCouldNotStart() {
        Run refused = run("drill", "run", plan.toString());
        Matcher m = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}").matcher(refused.err());
        assertThat(m.find()).as(refused.err()).isTrue();

        assertThat(refused.status()).isEqualTo(2);
        assertThat(events("host-key.refused")).singleElement().satisfies(e -> assertThat(e.payload())
                .contains(m.group(), "\"port\":" + server.port(), "unknown key"));
        assertThat(events("drill.could-not-start")).anySatisfy(e -> assertThat(e.payload())
                .contains("\"stage\":\"connection\"", "sandbox restore", m.group()));
        assertThat(events("drill.started")).isEmpty();

        Run trusted = run("drill", "run", plan.toString(), "--accept-host-key", m.group());

        assertThat(trusted.status()).as(trusted.out() + trusted.err()).isZero();
        assertThat(events("host-key.trusted")).singleElement().satisfies(e -> assertThat(e.payload()).contains(m.group()));
    }

    @Test
    void drillRefusedByTheTargetLockIsEvidenceNamingTheHolder() {
        ctx.platform().runLocks().acquire(LockResources.drillTarget("mina"), "bob@ops-2");
        Run r;
        try {
            r = run("drill", "run", plan.toString());
        } finally {
            ctx.platform().runLocks().release(LockResources.drillTarget("mina"));
        }

        assertThat(r.status()).isEqualTo(2);
        assertThat(events("drill.could-not-start")).anySatisfy(e -> assertThat(e.payload())
                .contains("\"stage\":\"lock\"", "\"heldBy\":\"bob@ops-2\""));
    }

    @Test
    void backupThatCannotBeFoundIsEvidenceThatTheDrillCouldNotStart() {
        Run r = run("drill", "run", plan.toString(), "--backup", "snap-404");

        assertThat(r.status()).isEqualTo(2);
        assertThat(events("drill.could-not-start")).anySatisfy(e -> assertThat(e.payload())
                .contains("\"stage\":\"backup\"", "snap-404"));
    }
}
