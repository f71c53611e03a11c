package io.drillbook.infra.refresh;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.app.settings.Connectors;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.connect.Retry;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.inventory.InventoryRefresher;
import io.drillbook.core.inventory.RefreshOutcome;
import io.drillbook.core.inventory.RefreshSchedule;
import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.SystemEnv;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Live inventory refresh from a command over the local profile and from an S3 prefix behind S3Proxy. */
class InventoryRefresherTest {
    static final String BUCKET = "backups";
    static S3ProxyServer s3;

    @TempDir
    Path dir;
    AppContext ctx;
    InventoryRefresher refresher;
    Path resticOutput;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyServer.start();
        s3.createBucket(BUCKET);
        for (String key : List.of("shop/prod/2026-11-20T0100.dump", "shop/prod/2026-11-21T0100.dump",
                "billing/staging/2026-11-21T0230.dump", "shop/prod/README.txt")) {
            s3.put(BUCKET, key, key.getBytes());
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @BeforeEach
    void open() throws Exception {
        ctx = new AppContext(new AppConfig(dir.resolve("data"), null, "tester"), Clock.systemUTC());
        Connectors connectors = ctx.settings().connectors(HostKeyDecision.REJECT, SecretPrompt.NONE);
        ConnectorBatchFetcher fetcher = new ConnectorBatchFetcher(connectors::profile, connectors.shells(), connectors::storage,
                p -> new S3ObjectStore(p, S3ProxyServer.credentials(), Retry.standard()), ctx.platform().outputDir().resolve("refresh"));
        refresher = new InventoryRefresher(ctx.settings().refreshSources(), fetcher, ctx.inventory().inventoryService(), ctx.platform().evidenceLog(), ctx.platform().clock());
        resticOutput = dir.resolve("restic snapshots.json");
        Files.copy(Path.of("src/test/resources/samples/restic_snapshots.json"), resticOutput);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    List<EvidenceEvent> events(String kind) {
        return ctx.platform().evidenceRepository().find(EvidenceQuery.all(100).withKindPrefix(kind));
    }

    RefreshSource resticSource(Duration interval) {
        return RefreshSource.command("shop-restic", Connectors.LOCAL, "cat '" + resticOutput + "'", "restic",
                new SystemEnv("shop", "prod"), interval);
    }

    @Test
    void commandSourceRefreshAddsBackupsAndRecordsEvidence() {
        ctx.settings().refreshSources().save(resticSource(Duration.ZERO));

        RefreshOutcome outcome = refresher.refresh("shop-restic", ProgressListener.NONE, CancellationToken.none());

        assertThat(outcome.ok()).as(outcome.describe()).isTrue();
        assertThat(outcome.summary().added()).isEqualTo(2);
        assertThat(ctx.inventory().backupRepository().newest(new SystemEnv("shop", "prod"), 10))
                .hasSize(2).allMatch(b -> b.source() == BackupSource.RESTIC);
        assertThat(events("backup.imported")).hasSize(1);
        assertThat(events(InventoryRefresher.EVENT_KIND)).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("shop-restic");
            assertThat(e.payload()).contains("\"outcome\":\"succeeded\"").contains("\"added\":2");
        });
    }

    @Test
    void secondRefreshOfTheSameListingAddsNothing() {
        ctx.settings().refreshSources().save(resticSource(Duration.ZERO));
        refresher.refresh("shop-restic", ProgressListener.NONE, CancellationToken.none());

        RefreshOutcome again = refresher.refresh("shop-restic", ProgressListener.NONE, CancellationToken.none());

        assertThat(again.summary().added()).isZero();
        assertThat(again.summary().known()).isEqualTo(2);
    }

    @Test
    void failingCommandIsRecordedAsFailedRefreshNamingTheProblem() {
        ctx.settings().refreshSources().save(RefreshSource.command("broken", Connectors.LOCAL, "echo 'repository locked' >&2; exit 3",
                "restic", new SystemEnv("shop", "prod"), Duration.ZERO));

        RefreshOutcome outcome = refresher.refresh("broken", ProgressListener.NONE, CancellationToken.none());

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problem()).contains("exit 3").contains("repository locked");
        assertThat(events(InventoryRefresher.EVENT_KIND)).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("\"outcome\":\"failed\"").contains("exit 3"));
        assertThat(ctx.inventory().backupRepository().count()).isZero();
    }

    @Test
    void missingPgBackRestStanzaIsAFailedRefreshThoughPgBackRestExitsZero() throws Exception {
        Path missing = Path.of(InventoryRefresherTest.class.getResource("/samples/pgbackrest_missing_stanza.json").toURI());
        ctx.settings().refreshSources().save(RefreshSource.command("shop-pgbackrest", Connectors.LOCAL, "cat '" + missing + "'", "pgbackrest",
                new SystemEnv("shop", "prod"), Duration.ZERO));

        RefreshOutcome outcome = refresher.refresh("shop-pgbackrest", ProgressListener.NONE, CancellationToken.none());

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problem()).contains("stanza 'shop': missing stanza path (status code 1)");
        assertThat(events(InventoryRefresher.EVENT_KIND)).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("\"outcome\":\"failed\"", "missing stanza path"));
        assertThat(ctx.inventory().backupRepository().count()).isZero();
    }

    @Test
    void unreadableListingFailsWithFileAndPosition() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[{\"id\": \"abc\",\n \"time\": 12}");
        ctx.settings().refreshSources().save(RefreshSource.command("bad", Connectors.LOCAL, "cat '" + bad + "'", "restic",
                new SystemEnv("shop", "prod"), Duration.ZERO));

        RefreshOutcome outcome = refresher.refresh("bad", ProgressListener.NONE, CancellationToken.none());

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problem()).containsPattern("\\.stdout:\\d+");
    }

    @Test
    void s3PrefixRefreshMapsKeysByTheNamingRule() {
        ctx.settings().storageProfiles().save(new StorageProfile("backups", "us-east-1", null, s3.endpoint(), true, BUCKET, "",
                "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump"));
        ctx.settings().refreshSources().save(RefreshSource.s3("all-dumps", "backups", "", Duration.ZERO));

        RefreshOutcome outcome = refresher.refresh("all-dumps", ProgressListener.NONE, CancellationToken.none());

        assertThat(outcome.ok()).as(outcome.describe()).isTrue();
        assertThat(outcome.summary().added()).isEqualTo(3);
        assertThat(outcome.summary().rejected()).singleElement()
                .satisfies(r -> assertThat(r.item()).isEqualTo("shop/prod/README.txt"));
        assertThat(ctx.inventory().backupRepository().newest(new SystemEnv("shop", "prod"), 10)).extracting(b -> b.startedAt())
                .containsExactlyInAnyOrder(Instant.parse("2026-11-21T01:00:00Z"), Instant.parse("2026-11-20T01:00:00Z"));
        assertThat(ctx.inventory().backupRepository().byExternalId(new SystemEnv("billing", "staging"), "billing/staging/2026-11-21T0230.dump"))
                .hasValueSatisfying(b -> assertThat(b.location()).isEqualTo("s3://backups/billing/staging/2026-11-21T0230.dump"));
    }

    @Test
    void scheduledSourceRefreshesWithoutBeingAsked() throws Exception {
        ctx.settings().refreshSources().save(resticSource(Duration.ofSeconds(1)));
        ctx.settings().refreshSources().save(RefreshSource.command("manual", Connectors.LOCAL, "exit 1", "restic",
                new SystemEnv("shop", "prod"), Duration.ZERO));
        CountDownLatch refreshed = new CountDownLatch(1);
        refresher.onRefreshed(o -> refreshed.countDown());

        try (RefreshSchedule schedule = new RefreshSchedule(refresher)) {
            schedule.start();
            assertThat(schedule.scheduledCount()).isEqualTo(1);
            assertThat(refreshed.await(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ctx.inventory().backupRepository().count()).isEqualTo(2);
    }
}
