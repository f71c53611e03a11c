package io.drillbook.bench;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.app.settings.Connectors;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.Retry;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.inventory.InventoryRefresher;
import io.drillbook.core.inventory.RefreshOutcome;
import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import io.drillbook.infra.refresh.ConnectorBatchFetcher;
import io.drillbook.infra.s3.S3ObjectStore;
import io.drillbook.testing.S3ProxyServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A live S3 refresh of a year of hourly dumps of a few systems: list, map every key by the naming
 * rule and import into the embedded inventory, against listing the same prefix alone.
 */
public final class InventoryRefreshBenchmark implements Benchmark {
    private static final int SYSTEMS = 3;
    private static final int HOURS = 24 * 365;
    private static final String BUCKET = "bench";
    private static final String RULE = "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump";

    @Override
    public String name() {
        return "inventory-refresh";
    }

    @Override
    public String description() {
        return "S3 refresh of " + SYSTEMS * HOURS + " keys (list + naming rule + import into H2) vs listing them alone";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("bench-refresh");
        try (S3ProxyServer s3 = S3ProxyServer.startWithListingIndex();
             AppContext ctx = new AppContext(new AppConfig(dir, null, "bench"), Clock.systemUTC())) {
            fill(s3);
            StorageProfile profile = new StorageProfile("bench", "us-east-1", null, s3.endpoint(), true, BUCKET, "", RULE);
            ctx.settings().storageProfiles().save(profile);
            ctx.settings().refreshSources().save(RefreshSource.s3("bench", "bench", "", Duration.ZERO));
            InventoryRefresher refresher = refresher(ctx);
            double listOnly = Timing.medianMillis(1, 3, () -> list(profile));
            double first = Timing.onceMillis(() -> check(refresher.refresh("bench", ProgressListener.NONE, CancellationToken.none()), SYSTEMS * HOURS));
            report.compare("first refresh, " + SYSTEMS * HOURS + " new backups", first, "listing alone", listOnly, "ms");
            double again = Timing.medianMillis(0, 3, () -> check(refresher.refresh("bench", ProgressListener.NONE, CancellationToken.none()), 0));
            report.compare("refresh with nothing new", again, "listing alone", listOnly, "ms");
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void fill(S3ProxyServer s3) {
        s3.createBucket(BUCKET);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm");
        LocalDateTime start = LocalDateTime.of(2025, 11, 21, 0, 0);
        for (int s = 0; s < SYSTEMS; s++) {
            for (int h = 0; h < HOURS; h++) {
                s3.indexForListing(BUCKET, "sys" + s + "/prod/" + start.plusHours(h).format(format) + ".dump", 1_048_576L + h,
                        "9dd4e461268c8034f5c8564e155c67a6");
            }
        }
    }

    private static InventoryRefresher refresher(AppContext ctx) {
        Connectors connectors = ctx.settings().connectors(HostKeyDecision.REJECT, SecretPrompt.NONE);
        ConnectorBatchFetcher fetcher = new ConnectorBatchFetcher(connectors::profile, connectors.shells(), connectors::storage,
                p -> new S3ObjectStore(p, S3ProxyServer.credentials(), Retry.standard()), ctx.platform().outputDir());
        return new InventoryRefresher(ctx.settings().refreshSources(), fetcher, ctx.inventory().inventoryService(), ctx.platform().evidenceLog(), ctx.platform().clock());
    }

    private static long list(StorageProfile profile) {
        try (S3ObjectStore store = new S3ObjectStore(profile, S3ProxyServer.credentials(), Retry.standard())) {
            return store.forEach("", o -> { }, ProgressListener.NONE, CancellationToken.none());
        }
    }

    private static RefreshOutcome check(RefreshOutcome outcome, int expectedAdded) {
        if (!outcome.ok() || outcome.summary().added() != expectedAdded) {
            throw new IllegalStateException("unexpected refresh: " + outcome.describe());
        }
        return outcome;
    }
}
