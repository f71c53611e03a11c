package io.drillbook.bench;

import io.drillbook.core.connect.Retry;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import io.drillbook.infra.s3.S3ObjectStore;
import io.drillbook.testing.S3ProxyServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Listing 100,000 objects from S3Proxy (in-memory): Drillbook's S3ObjectStore vs awscli's list-objects-v2. */
public final class S3ListBenchmark implements Benchmark {
    private static final int OBJECTS = 100_000;
    private static final String BUCKET = "bench";
    private static final Path AWS = Path.of("/usr/bin/aws");
    private static final String X_MD5 = "9dd4e461268c8034f5c8564e155c67a6";

    @Override
    public String name() {
        return "s3-list";
    }

    @Override
    public String description() {
        return "list " + OBJECTS + " objects from S3Proxy (transient): Drillbook vs /usr/bin/aws s3api list-objects-v2";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        try (S3ProxyServer s3 = S3ProxyServer.startWithListingIndex()) {
            s3.createBucket(BUCKET);
            for (int i = 0; i < OBJECTS; i++) {
                s3.indexForListing(BUCKET, String.format("shop/prod/%06d.dump", i), 1_048_576L + i, X_MD5);
            }
            report.note("listings served by S3Proxy's HTTP/XML stack from a sorted in-memory index: its transient "
                    + "backend walks every key per page, which would hide the clients' own cost");
            try (S3ObjectStore store = new S3ObjectStore(s3.profile(BUCKET), S3ProxyServer.credentials(), Retry.standard())) {
                double ours = Timing.medianMillis(1, 3, () -> count(store));
                if (!Files.isExecutable(AWS)) {
                    report.figure("list " + OBJECTS + " objects, Drillbook", ours, "ms");
                    report.note("/usr/bin/aws missing (apt-get install awscli): no baseline");
                    return;
                }
                double cli = Timing.medianMillis(0, 3, () -> awscli(s3));
                report.compare("list " + OBJECTS + " objects, Drillbook", ours, "aws s3api list-objects-v2", cli, "ms");
            }
        }
    }

    private static long count(S3ObjectStore store) {
        long n = store.forEach("shop/", o -> { }, ProgressListener.NONE, CancellationToken.none());
        if (n != OBJECTS) {
            throw new IllegalStateException("listed " + n + " objects, expected " + OBJECTS);
        }
        return n;
    }

    private static Object awscli(S3ProxyServer s3) throws Exception {
        Path out = Files.createTempFile("bench-aws", ".json");
        ProcessBuilder pb = new ProcessBuilder(List.of(AWS.toString(), "s3api", "list-objects-v2",
                "--endpoint-url", s3.endpoint().toString(), "--bucket", BUCKET, "--prefix", "shop/", "--output", "json"))
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> env = pb.environment();
        env.put("AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY);
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_CONFIG_FILE", "/nonexistent");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
        env.put("AWS_PAGER", "");
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("aws s3api list-objects-v2 failed");
        }
        long keys = Files.readAllLines(out).stream().filter(l -> l.contains("\"Key\"")).count();
        Files.delete(out);
        if (keys != OBJECTS) {
            throw new IllegalStateException("awscli listed " + keys + " objects, expected " + OBJECTS);
        }
        return keys;
    }
}
