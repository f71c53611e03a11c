package io.drillbook.cli;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.evidence.ChainHead;
import io.drillbook.infra.db.Database;
import io.drillbook.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evidence anchor} and {@code verify --against} through the CLI, to a file and to S3Proxy
 * (credentials from the AWS default chain, the bucket's storage profile from the workspace).
 */
class EvidenceAnchorCliTest {
    static S3ProxyServer s3;

    @TempDir
    Path dataDir;

    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyServer.start();
        s3.createBucket("evidence-anchors");
        System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
    }

    @AfterAll
    static void stopS3() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        s3.close();
    }

    @BeforeEach
    void workspace() {
        try (AppContext ctx = new AppContext(new AppConfig(dataDir, null, "tester"), Clock.systemUTC())) {
            // The demo first, as the first command would seed it: the events after it are this test's own.
            ctx.seedDemoIfEmpty();
            for (int i = 1; i <= 5; i++) {
                ctx.platform().evidenceLog().record("release.changed", "REL-" + i, Map.of("n", i));
            }
            ctx.settings().storageProfiles().save(new StorageProfile("anchors", "us-east-1", null, s3.endpoint(), true, "evidence-anchors", "", ""));
        }
    }

    Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data-dir", dataDir.toString()))
                .toArray(String[]::new);
        int status = Cli.run(all, new PrintWriter(out, true), new PrintWriter(err, true), AppContext::open);
        return new Run(status, out.toString(), err.toString());
    }

    void sql(String statement) throws Exception {
        try (Database db = Database.embedded(dataDir); Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void anchorToAFileAndToS3ThenVerifyAgainstBoth() throws Exception {
        Path file = dataDir.resolve("anchors/head.json");
        Run toFile = cli("evidence", "anchor", "--out", file.toString());
        Run toS3 = cli("evidence", "anchor", "--out", "s3://evidence-anchors/drillbook/head.json");

        assertThat(toFile.status()).as(toFile.err()).isZero();
        assertThat(toS3.status()).as(toS3.err()).isZero();
        ChainHead head = ChainHead.parse(Files.readString(file));
        assertThat(toFile.out()).startsWith("Anchored event " + head.seq() + " (hash " + head.hash() + ")");
        assertThat(head.isSigned()).isTrue();

        Run verify = cli("verify", "--against", file.toString(), "s3://evidence-anchors/drillbook/head.json");

        assertThat(verify.status()).as(verify.err()).isZero();
        assertThat(verify.out().lines()).hasSize(3);
        assertThat(verify.out()).contains("anchor " + file + ": event " + head.seq() + " still has hash " + head.hash(),
                "anchor s3://evidence-anchors/drillbook/head.json: event ");
    }

    @Test
    void chainRolledBackWithItsHeadRowVerifiesAloneButNotAgainstTheAnchor() throws Exception {
        Path file = dataDir.resolve("head.json");
        cli("evidence", "anchor", "--out", file.toString());
        ChainHead head = ChainHead.parse(Files.readString(file));
        long kept = head.seq() - 2;
        sql("UPDATE evidence_head SET last_seq = " + kept + ", last_hash = (SELECT hash FROM evidence_events WHERE seq = " + kept + ") WHERE id = 1");
        sql("DELETE FROM evidence_events WHERE seq > " + kept);
        assertThat(cli("verify").status()).as("a rollback of chain and head row passes verify on its own").isZero();

        Run verify = cli("verify", "--against", file.toString());

        assertThat(verify.status()).isEqualTo(ExitCodes.NO);
        assertThat(verify.out()).isEmpty();
        assertThat(verify.err().lines()).singleElement().asString().isEqualTo("drillbook: evidence chain anchor " + file
                + " records event " + head.seq() + " with hash " + head.hash() + ", but the chain ends at event " + kept
                + ": events were removed or the chain was rolled back");
    }

    @Test
    void missingAnchorIsOneLineAndExitOne() {
        Run verify = cli("verify", "--against", dataDir.resolve("nope.json").toString());
        assertThat(verify.status()).isEqualTo(ExitCodes.NO);
        assertThat(verify.err().lines()).singleElement().asString()
                .isEqualTo("drillbook: evidence chain anchor " + dataDir.resolve("nope.json") + " cannot be read: "
                        + dataDir.resolve("nope.json") + ": no such anchor file");
    }

    @Test
    void zipBombGivesOneLineAndNoStackTrace() throws Exception {
        Path bomb = io.drillbook.infra.report.HostileZipsAccess.bomb(dataDir.resolve("bomb.zip"));

        Run verify = cli("verify", bomb.toString());

        assertThat(verify.status()).isEqualTo(ExitCodes.ERROR);
        assertThat(verify.out()).isEmpty();
        assertThat(verify.err().lines()).singleElement().asString().isEqualTo("drillbook: cannot read bundle " + bomb + ": " + bomb
                + ": entry chain/events.jsonl would unpack to 2.5 GiB, more than the 512.0 MiB a bundle entry may hold");
    }

    @Test
    void bundleExportedAfterAnAnchorVerifiesAgainstIt() throws Exception {
        Path file = dataDir.resolve("head.json");
        cli("evidence", "anchor", "--out", file.toString());
        Path bundle = dataDir.resolve("q.zip");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        Run export = cli("export", "report", "--from", today.minusDays(1).toString(), "--to", today.plusDays(1).toString(),
                "--format", "bundle", "--out", bundle.toString());
        assertThat(export.status()).as(export.err()).isZero();

        Run verify = cli("verify", bundle.toString(), "--against", file.toString());

        assertThat(verify.status()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("still has hash");
    }
}
