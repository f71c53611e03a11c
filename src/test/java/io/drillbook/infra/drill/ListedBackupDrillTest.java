package io.drillbook.infra.drill;

import io.drillbook.core.connect.Retry;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.drill.BackupChoice;
import io.drillbook.core.drill.BackupOrigin;
import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.BackupSelector;
import io.drillbook.core.drill.DrillCheck;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillRequest;
import io.drillbook.core.drill.DrillResult;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.Expectation;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.drill.ObjectStoreListing;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import io.drillbook.infra.s3.S3ObjectStore;
import io.drillbook.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end on the local shell: the plan's S3 prefix (S3Proxy in-process) is listed, the newest
 * backup picked, downloaded by the plan's step with awscli and checked against its SHA-256 and its
 * ETag; the run records the object it chose, and passing adds it to the inventory as verified.
 */
class ListedBackupDrillTest {
    static final String BUCKET = "backups";
    static final String NAMING = "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump";
    static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm").withZone(ZoneOffset.UTC);
    static S3ProxyServer s3;
    static byte[] newestDump;
    static String newestKey;

    @TempDir
    Path tmp;
    DrillFixture fx;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyServer.start();
        s3.createBucket(BUCKET);
        Instant now = Instant.now();
        newestDump = new byte[200_000];
        new Random(11).nextBytes(newestDump);
        newestKey = "shop/prod/" + KEY_TIME.format(now.minus(Duration.ofHours(2))) + ".dump";
        s3.put(BUCKET, "shop/prod/" + KEY_TIME.format(now.minus(Duration.ofDays(1))) + ".dump", "an older dump".getBytes());
        s3.put(BUCKET, newestKey, newestDump);
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        fx = new DrillFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void listedBackupIsDownloadedCheckedRecordedAndMarkedVerified() throws Exception {
        BackupSelector selector = selector();
        DrillPlan plan = plan();
        BackupChoice choice = selector.choose(plan, plan.backup(), ProgressListener.NONE, CancellationToken.none());
        assertThat(choice.backup().externalId()).isEqualTo(newestKey);
        assertThat(fx.backups.byExternalId(DrillFixture.SHOP_PROD, newestKey)).isEmpty();

        DrillResult result = fx.runner().run(new DrillRequest(plan, choice, null, "alice", tmp.resolve("out")), fx.shell,
                ManualStepGate.refuse("nobody", Clock.systemUTC()), DrillListener.NONE, CancellationToken.none());

        assertThat(result.summary().result()).as(result.steps().toString()).isEqualTo(RunResult.PASSED);
        assertThat(result.summary().backupId()).isEqualTo(newestKey);
        assertThat(result.step("Matches its SHA-256").orElseThrow().verdict().actual()).isEqualTo(hex("SHA-256", newestDump));
        Backup stored = fx.backups.byExternalId(DrillFixture.SHOP_PROD, newestKey).orElseThrow();
        assertThat(stored.verified()).isTrue();
        assertThat(stored.location()).isEqualTo("s3://backups/" + newestKey);
        assertThat(selector.choose(plan, BackupSelection.latestVerified(), ProgressListener.NONE, CancellationToken.none())
                .backup().externalId()).isEqualTo(newestKey);
        EvidenceEvent started = fx.evidence.repository().find(EvidenceQuery.all(1).withKindPrefix("drill.started")).get(0);
        assertThat(started.payload()).contains("\"key\":\"" + newestKey + "\"", "\"eTag\":\"" + hex("MD5", newestDump) + "\"",
                "\"size\":" + newestDump.length, "\"candidates\":2", "\"addedToInventory\":true", "\"pick\":\"latest\"",
                "s3://backups/shop/prod/ (storage profile 'shop-backups')");
        assertThat(started.payload()).doesNotContain(S3ProxyServer.SECRET_KEY);
        assertThat(fx.evidence.verify().isIntact()).isTrue();
    }

    private BackupSelector selector() {
        StorageProfile profile = new StorageProfile("shop-backups", "us-east-1", null, s3.endpoint(), true, BUCKET, "", NAMING);
        return new BackupSelector(fx.backups, new ObjectStoreListing(name -> Optional.of(profile).filter(p -> p.name().equals(name)),
                p -> new S3ObjectStore(p, S3ProxyServer.credentials(), new Retry(2, Duration.ofMillis(1), d -> { })), fx.backups),
                fx.clock, new Random(1));
    }

    private DrillPlan plan() throws Exception {
        Path restored = tmp.resolve("restore");
        List<DrillStep> steps = List.of(
                DrillStep.command("Create restore folder", "mkdir -p ${param.restoreDir}"),
                DrillStep.command("Download the chosen backup", "AWS_ACCESS_KEY_ID=${param.awsAccessKey} "
                        + "AWS_SECRET_ACCESS_KEY=${param.awsSecret} /usr/bin/aws --endpoint-url ${param.endpoint} "
                        + "--region us-east-1 s3 cp ${backup.uri} ${param.restoreDir}/restored.dump"));
        List<DrillCheck> checks = List.of(
                DrillCheck.of("Matches its SHA-256", "sha256sum ${param.restoreDir}/restored.dump",
                        Expectation.checksumEquals(hex("SHA-256", newestDump))),
                DrillCheck.of("Matches the listed ETag", "md5sum ${param.restoreDir}/restored.dump",
                        Expectation.checksumEquals(hex("MD5", newestDump))));
        return new DrillPlan("listed files restore", "shop", "prod", "local", BackupSelection.latest(),
                Map.of("restoreDir", restored.toString(), "endpoint", s3.endpoint().toString(),
                        "awsAccessKey", S3ProxyServer.ACCESS_KEY, "awsSecret", S3ProxyServer.SECRET_KEY),
                steps, checks, List.of(DrillStep.command("Remove restore folder", "rm -rf ${param.restoreDir}")), false,
                BackupOrigin.objectStore("shop-backups", "shop/prod/", ""));
    }

    private static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
