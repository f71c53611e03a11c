package io.drillbook.infra.s3;

import io.drillbook.core.connect.DownloadResult;
import io.drillbook.core.connect.ObjectHead;
import io.drillbook.core.connect.ObjectStoreException;
import io.drillbook.core.connect.ObjectStoreException.Kind;
import io.drillbook.core.connect.ObjectSummary;
import io.drillbook.core.connect.Retry;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import io.drillbook.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The object store adapter against S3Proxy in-process (in-memory backend). */
class S3ObjectStoreTest {
    static final String BUCKET = "backups";
    static final int MANY = 10_500;
    static S3ProxyServer s3;
    static byte[] dump;

    @TempDir
    Path work;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyServer.start();
        s3.createBucket(BUCKET);
        s3.createBucket("drill-sandbox");
        for (int i = 0; i < MANY; i++) {
            s3.put(BUCKET, String.format("many/obj-%05d", i), ("object " + i).getBytes(StandardCharsets.UTF_8));
        }
        dump = new byte[300_000];
        new Random(7).nextBytes(dump);
        s3.put(BUCKET, "shop/prod/2026-11-20T0100.dump", dump);
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    static S3ObjectStore store(StorageProfile profile) {
        return new S3ObjectStore(profile, S3ProxyServer.credentials(), new Retry(3, Duration.ofMillis(1), d -> { }));
    }

    @Test
    void listsEveryObjectAcrossPagesReportingProgress() {
        List<Long> progress = new ArrayList<>();
        try (S3ObjectStore store = store(s3.profile(BUCKET))) {
            List<ObjectSummary> all = store.list("many/", (done, total, message) -> progress.add(done), CancellationToken.none());

            assertThat(all).hasSize(MANY);
            assertThat(all.get(0).key()).isEqualTo("many/obj-00000");
            assertThat(all.get(MANY - 1).key()).isEqualTo("many/obj-10499");
            assertThat(all).extracting(ObjectSummary::key).doesNotHaveDuplicates().isSorted();
            assertThat(progress).hasSizeGreaterThanOrEqualTo(11).isSorted().last().isEqualTo((long) MANY);
        }
    }

    @Test
    void listingStopsWhenCancelled() {
        CancellationToken cancel = new CancellationToken();
        ProgressListener cancelAfterFirstPage = (done, total, message) -> cancel.cancel();
        List<ObjectSummary> seen = new ArrayList<>();
        try (S3ObjectStore store = store(s3.profile(BUCKET))) {
            assertThatThrownBy(() -> store.forEach("many/", seen::add, cancelAfterFirstPage, cancel))
                    .isInstanceOf(CancellationToken.CancelledException.class);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void headReportsSizeTimeAndEtag() throws Exception {
        try (S3ObjectStore store = store(s3.profile(BUCKET))) {
            ObjectHead head = store.head("shop/prod/2026-11-20T0100.dump");

            assertThat(head.size()).isEqualTo(dump.length);
            assertThat(head.eTag()).isEqualTo(md5(dump));
            assertThat(head.lastModified()).isNotNull();
            assertThat(head.lockMode()).isNull();
        }
    }

    @Test
    void copyPutsTheObjectIntoAnIsolatedBucket() throws Exception {
        try (S3ObjectStore store = store(s3.profile(BUCKET))) {
            ObjectHead copied = store.copy("shop/prod/2026-11-20T0100.dump", "drill-sandbox", "run-42/shop.dump");

            assertThat(copied.bucket()).isEqualTo("drill-sandbox");
            assertThat(copied.size()).isEqualTo(dump.length);
            assertThat(copied.eTag()).isEqualTo(md5(dump));
        }
    }

    @Test
    void downloadIsVerifiedAgainstTheEtag() throws Exception {
        Path target = work.resolve("shop.dump");
        try (S3ObjectStore store = store(s3.profile(BUCKET))) {
            DownloadResult result = store.download("shop/prod/2026-11-20T0100.dump", target, CancellationToken.none());

            assertThat(result.verified()).isTrue();
            assertThat(result.verifiedBy()).isEqualTo("ETag MD5");
            assertThat(result.md5()).isEqualTo(md5(dump));
            assertThat(result.bytes()).isEqualTo(dump.length);
            assertThat(Files.readAllBytes(target)).isEqualTo(dump);
        }
    }

    @Test
    void wrongCredentialsAreReportedAsAccessDenied() {
        StaticCredentialsProvider wrong = StaticCredentialsProvider.create(AwsBasicCredentials.create("nobody", "nothing"));
        try (S3ObjectStore store = new S3ObjectStore(s3.profile(BUCKET), wrong, new Retry(3, Duration.ofMillis(1), d -> { }))) {
            assertThatThrownBy(() -> store.list("many/", ProgressListener.NONE, CancellationToken.none()))
                    .isInstanceOfSatisfying(ObjectStoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED))
                    .hasMessageContaining("access denied")
                    .hasMessageNotContaining("nothing");
        }
    }

    @Test
    void missingBucketIsReportedAsSuch() {
        try (S3ObjectStore store = store(s3.profile("no-such-bucket"))) {
            assertThatThrownBy(() -> store.list("", ProgressListener.NONE, CancellationToken.none()))
                    .isInstanceOfSatisfying(ObjectStoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NO_SUCH_BUCKET))
                    .hasMessageContaining("s3://no-such-bucket/");
        }
    }

    @Test
    void missingObjectIsReportedAsSuch() {
        try (S3ObjectStore store = store(s3.profile(BUCKET))) {
            assertThatThrownBy(() -> store.head("shop/prod/none.dump"))
                    .isInstanceOfSatisfying(ObjectStoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NO_SUCH_KEY));
        }
    }

    @Test
    void networkFailureIsRetriedWithBackoffThenReported() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StorageProfile nowhere = new StorageProfile("down", "us-east-1", null, URI.create("http://127.0.0.1:" + closedPort),
                true, BUCKET, "", "");
        List<Duration> pauses = new ArrayList<>();
        try (S3ObjectStore store = new S3ObjectStore(nowhere, S3ProxyServer.credentials(), new Retry(4, Duration.ofMillis(100), pauses::add))) {
            assertThatThrownBy(() -> store.head("x"))
                    .isInstanceOfSatisfying(ObjectStoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NETWORK));
        }
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    static String md5(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    }
}
