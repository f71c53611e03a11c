package io.drillbook.cli;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code drill run PLAN --backup latest|ID} on a plan whose backups are listed from an S3 prefix:
 * the composition root's own selector and S3 adapter against S3Proxy (credentials from the AWS
 * default chain's system properties, as an operator's environment would give them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListedBackupDrillCliTest {
    static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");
    static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm").withZone(ZoneOffset.UTC);

    @TempDir
    static Path dir;
    S3ProxyServer s3;
    AppContext ctx;
    String olderKey;
    String newerKey;

    record Run(int status, String out, String err) {
    }

    @BeforeAll
    void open() throws Exception {
        s3 = S3ProxyServer.start();
        s3.createBucket("backups");
        Instant now = Instant.now();
        olderKey = "shop/prod/" + KEY_TIME.format(now.minus(Duration.ofDays(2))) + ".dump";
        newerKey = "shop/prod/" + KEY_TIME.format(now.minus(Duration.ofHours(3))) + ".dump";
        s3.put("backups", olderKey, "older".getBytes(StandardCharsets.UTF_8));
        s3.put("backups", newerKey, "newer".getBytes(StandardCharsets.UTF_8));
        System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
        ctx = new AppContext(AppConfig.of(dir.resolve("data").toString(), null), Clock.systemUTC());
        ctx.settings().storageProfiles().save(new StorageProfile("shop-backups", "us-east-1", null, s3.endpoint(), true, "backups",
                "shop/", "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump"));
    }

    @AfterAll
    void close() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        ctx.close();
        s3.close();
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    Path plan(String name, String prefix) throws Exception {
        return Files.writeString(dir.resolve(name + ".yaml"), """
                drill: %s
                system: shop
                environment: prod
                target: local
                backup: { from: s3, storage: shop-backups, prefix: %s, pick: latest }
                steps:
                  - name: Show the backup
                    run: echo ${backup.id} ${backup.uri}
                """.formatted(name, prefix));
    }

    @Test
    void latestAndAGivenKeyAreListedFromThePrefixAndRun() throws Exception {
        Path plan = plan("listed", "shop/prod/");

        Run latest = run("drill", "run", plan.toString(), "--backup", "latest");
        Run byId = run("drill", "run", plan.toString(), "--backup", olderKey);

        assertThat(latest.status()).as(latest.out() + latest.err()).isZero();
        assertThat(latest.out()).contains("backup " + newerKey, "from s3://backups/shop/prod/ (storage profile 'shop-backups')", "PASSED");
        assertThat(byId.status()).as(byId.out() + byId.err()).isZero();
        assertThat(byId.out()).contains("backup " + olderKey);
        assertThat(ctx.inventory().backupRepository().byExternalId(SHOP_PROD, olderKey).orElseThrow().verified()).isTrue();
        assertThat(ctx.inventory().backupRepository().byExternalId(SHOP_PROD, newerKey).orElseThrow().verified()).isTrue();
    }

    @Test
    void prefixWithNoMatchingObjectsIsAnErrorAndNoDrillRuns() throws Exception {
        long drillsBefore = ctx.platform().evidenceRepository().find(EvidenceQuery.all(1000).withKindPrefix("drill.started")).size();

        Run r = run("drill", "run", plan("empty", "shop/staging/").toString());

        assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("shop/prod has no succeeded backup in s3://backups/shop/staging/ (storage profile 'shop-backups')",
                "0 objects listed");
        assertThat(ctx.platform().evidenceRepository().find(EvidenceQuery.all(1000).withKindPrefix("drill.started"))).hasSize((int) drillsBefore);
    }
}
