package io.drillbook.cli;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code profile}, {@code known-hosts} and {@code source} headless, on an H2 file; changes are evidence. */
class WorkspaceSettingsCommandsTest {
    private static final String FINGERPRINT = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU";
    private static final String SETTINGS = """
            connectionProfiles:
            - name: drill-sandbox
              host: drill-sandbox.internal
              user: drill
              key: file:/home/ops/.ssh/drill_ed25519
              passphrase: command:vault kv get -field=passphrase secret/drill/ssh
            storageProfiles:
            - name: shop-backups
              bucket: backups
              prefix: shop/prod/
              credentials: env:SHOP_AWS_JSON
            refreshSources:
            - { name: shop s3, kind: s3, profile: shop-backups, interval: PT1H }
            """;
    @TempDir
    Path dataDir;

    record Run(int status, String out, String err) {
    }

    AppContext ctx;

    @BeforeEach
    void open() {
        ctx = new AppContext(AppConfig.of(dataDir.toString(), null), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    /** The command line on an empty workspace (no demo: these commands need none). */
    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    List<EvidenceEvent> events(String kindPrefix) {
        return ctx.platform().evidenceRepository().find(EvidenceQuery.all(100).withKindPrefix(kindPrefix));
    }

    @Test
    void profilesAreListedShownWithTheirReferencesAndRemovedWithEvidence() throws Exception {
        Path ws = Files.writeString(dataDir.resolve("ws.yaml"), SETTINGS);
        assertThat(run("import", "workspace", ws.toString()).status()).isZero();

        Run list = run("profile", "list");
        assertThat(list.out()).contains("connection  drill-sandbox", "address=drill@drill-sandbox.internal:22",
                "key passphrase=command:vault kv get -field=passphrase secret/drill/ssh", "storage  shop-backups",
                "awsProfile=env:SHOP_AWS_JSON");
        Run show = run("profile", "show", "drill-sandbox", "--json");
        assertThat(show.status()).isZero();
        assertThat(ProfileCommand.JSON.readTree(show.out()).get("keyPath").asText()).isEqualTo("/home/ops/.ssh/drill_ed25519");

        Run removed = run("profile", "remove", "drill-sandbox");

        assertThat(removed.status()).as(removed.err()).isZero();
        assertThat(run("profile", "list").out()).doesNotContain("drill-sandbox");
        assertThat(run("export", "workspace").out()).doesNotContain("secret/drill/ssh");
        assertThat(events("profile.connection.deleted")).singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo("drill-sandbox"));
        assertThat(run("profile", "remove", "drill-sandbox").status()).isEqualTo(2);
    }

    @Test
    void aHostKeyIsTrustedByItsFingerprintListedAndForgottenWithEvidence() {
        Run trusted = run("known-hosts", "trust", "sandbox.internal:2222", FINGERPRINT);

        assertThat(trusted.status()).as(trusted.err()).isZero();
        assertThat(run("known-hosts", "list", "--json").out()).contains("[sandbox.internal]:2222", FINGERPRINT, "pinned");
        assertThat(run("export", "workspace").out()).contains("trustedHostKeys", "host: sandbox.internal", "port: 2222", FINGERPRINT);
        assertThat(events("profile.hostkey.pinned")).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains(FINGERPRINT));

        assertThat(run("known-hosts", "remove", "[sandbox.internal]:2222").out()).contains("removed 1 trusted key");

        assertThat(run("known-hosts", "list").out()).contains("no trusted host keys");
        assertThat(events("profile.hostkey.removed")).hasSize(1);
        assertThat(run("known-hosts", "trust", "h", "MD5:00").err()).contains("SHA256:");
    }

    @Test
    void sourcesAreListed() throws Exception {
        Path ws = Files.writeString(dataDir.resolve("ws.yaml"), SETTINGS);
        assertThat(run("import", "workspace", ws.toString()).status()).isZero();

        assertThat(run("source", "list").out()).contains("shop s3  s3 via shop-backups  every PT1H");
        assertThat(ProfileCommand.JSON.readTree(run("source", "list", "--json").out()).get(0).get("intervalSeconds").asLong())
                .isEqualTo(3600);
    }
}
