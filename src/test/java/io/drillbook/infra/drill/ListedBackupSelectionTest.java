package io.drillbook.infra.drill;

import io.drillbook.core.connect.ObjectStoreException;
import io.drillbook.core.connect.Retry;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.drill.BackupCandidates;
import io.drillbook.core.drill.BackupChoice;
import io.drillbook.core.drill.BackupOrigin;
import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.BackupSelector;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.ObjectStoreListing;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Backups listed from a plan's S3 prefix (S3Proxy in-process) and read with the naming rule, then
 * picked by the same rules as inventory backups. S3Proxy stamps every upload "now", and a listed
 * backup's time is the later of its name's time and its upload, so the keys here are named days
 * ahead and the selector's clock stands after them: the names alone order the backups.
 */
class ListedBackupSelectionTest {
    static final String BUCKET = "backups";
    static final String NAMING = "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump";
    static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm").withZone(ZoneOffset.UTC);
    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(2));
    static final String OLDEST = key("shop/prod", T0);
    static final String MIDDLE = key("shop/prod", T0.plus(Duration.ofDays(10)));
    static final String NEWEST = key("shop/prod", T0.plus(Duration.ofDays(20)));
    static S3ProxyServer s3;

    @TempDir
    Path tmp;
    DrillFixture fx;
    BackupSelector selector;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyServer.start();
        s3.createBucket(BUCKET);
        for (String key : List.of(OLDEST, MIDDLE, NEWEST, key("shop/staging", T0.plus(Duration.ofDays(20))), "shop/prod/README.txt")) {
            s3.put(BUCKET, key, ("dump of " + key).getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        fx = new DrillFixture(tmp);
        selector = selector(fx, Clock.fixed(T0.plus(Duration.ofDays(21)), ZoneOffset.UTC), new Random(1));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    static String key(String systemEnv, Instant at) {
        return systemEnv + "/" + KEY_TIME.format(at) + ".dump";
    }

    /** A selector whose listings reach S3Proxy through the real adapter, with profile "shop-backups". */
    static BackupSelector selector(DrillFixture fx, Clock clock, Random random) {
        StorageProfile profile = new StorageProfile("shop-backups", "us-east-1", null, s3.endpoint(), true, BUCKET, "", "");
        ObjectStoreListing listing = new ObjectStoreListing(name -> Optional.of(profile).filter(p -> p.name().equals(name)),
                p -> new S3ObjectStore(p, S3ProxyServer.credentials(), new Retry(2, Duration.ofMillis(1), d -> { })), fx.backups);
        return new BackupSelector(fx.backups, listing, clock, random);
    }

    static DrillPlan plan(String prefix, String naming) {
        return new DrillPlan("listed restore", "shop", "prod", "local", BackupSelection.latest(), Map.of(),
                List.of(DrillStep.command("Restore", "true")), List.of(), List.of(), false,
                BackupOrigin.objectStore("shop-backups", prefix, naming));
    }

    private BackupChoice choose(BackupSelection selection) {
        return selector.choose(plan("shop/", NAMING), selection, ProgressListener.NONE, CancellationToken.none());
    }

    @Test
    void listingReadWithTheNamingRuleGivesThePlansBackupsNewestFirst() {
        BackupCandidates candidates = selector.candidates(plan("shop/", NAMING), ProgressListener.NONE, CancellationToken.none());

        assertThat(candidates.newest()).extracting(Backup::externalId).containsExactly(NEWEST, MIDDLE, OLDEST);
        Backup newest = candidates.newest().get(0);
        assertThat(newest.location()).isEqualTo("s3://backups/" + NEWEST);
        assertThat(newest.source()).isEqualTo(BackupSource.S3);
        assertThat(newest.completedAt()).isEqualTo(T0.plus(Duration.ofDays(20)));
        assertThat(newest.sizeBytes()).isEqualTo(("dump of " + NEWEST).length());
        assertThat(newest.checksum()).matches("etag:[0-9a-f]{32}");
        assertThat(candidates.object(newest)).hasValueSatisfying(o -> assertThat(o.key()).isEqualTo(NEWEST));
        assertThat(candidates.origin()).isEqualTo("s3://backups/shop/ (storage profile 'shop-backups')");
    }

    @Test
    void latestAndIdPickFromTheListingAndRecordTheObject() {
        BackupChoice latest = choose(BackupSelection.latest());
        BackupChoice byKey = choose(BackupSelection.id(MIDDLE));
        BackupChoice byUri = choose(BackupSelection.id("s3://backups/" + OLDEST));

        assertThat(latest.backup().externalId()).isEqualTo(NEWEST);
        assertThat(latest.candidates()).isEqualTo(3);
        assertThat(latest.listed()).isTrue();
        assertThat(latest.object().eTag().replace("\"", "")).isEqualTo(latest.backup().checksum().substring("etag:".length()));
        assertThat(byKey.backup().externalId()).isEqualTo(MIDDLE);
        assertThat(byUri.backup().externalId()).isEqualTo(OLDEST);
        assertThatThrownBy(() -> choose(BackupSelection.id("shop/prod/README.txt")))
                .hasMessageContaining("no backup with id 'shop/prod/README.txt'").hasMessageContaining("s3://backups/shop/");
    }

    @Test
    void randomWithinDaysPicksOnlyBackupsOfThoseDays() {
        BackupCandidates listed = selector.candidates(plan("shop/", NAMING), ProgressListener.NONE, CancellationToken.none());
        Set<String> picked = new HashSet<>();
        Random seeds = new Random(42);
        for (int i = 0; i < 30; i++) {
            BackupSelector seeded = new BackupSelector(fx.backups, null, Clock.fixed(T0.plus(Duration.ofDays(21)), ZoneOffset.UTC),
                    new Random(seeds.nextLong()));
            picked.add(seeded.pick(DrillFixture.SHOP_PROD, listed, BackupSelection.randomWithinDays(15)).backup().externalId());
        }

        assertThat(picked).containsExactlyInAnyOrder(MIDDLE, NEWEST);
        assertThat(choose(BackupSelection.randomWithinDays(5)).backup().externalId()).isEqualTo(NEWEST);
        assertThatThrownBy(() -> selector(fx, Clock.fixed(T0.plus(Duration.ofDays(40)), ZoneOffset.UTC), new Random(1))
                .choose(plan("shop/", NAMING), BackupSelection.randomWithinDays(7), ProgressListener.NONE, CancellationToken.none()))
                .hasMessageContaining("no succeeded backup within the last 7 days in s3://backups/shop/");
    }

    @Test
    void latestVerifiedMeansAPassedDrillOnThatObjectsUri() {
        assertThatThrownBy(() -> choose(BackupSelection.latestVerified())).hasMessageContaining("no verified backup");

        Backup middle = choose(BackupSelection.id(MIDDLE)).backup();
        Backup sameKeyOtherBucket = new Backup(DrillFixture.SHOP_PROD, BackupSource.S3, NEWEST, T0, T0, BackupStatus.SUCCEEDED, 1, "",
                "s3://elsewhere/" + NEWEST, false, null, true);
        fx.backups.addAll(List.of(middle.withVerified(true), sameKeyOtherBucket));

        BackupChoice verified = choose(BackupSelection.latestVerified());
        assertThat(verified.backup().externalId()).isEqualTo(MIDDLE);
        assertThat(selector.candidates(plan("shop/", NAMING), ProgressListener.NONE, CancellationToken.none()).newest())
                .extracting(Backup::externalId, Backup::verified)
                .containsExactly(tuple(NEWEST, false), tuple(MIDDLE, true),
                        tuple(OLDEST, false));
    }

    @Test
    void prefixWithoutBackupsOfThePlansSystemIsAClearError() {
        assertThatThrownBy(() -> selector.choose(plan("empty/", NAMING), BackupSelection.latest(), ProgressListener.NONE,
                CancellationToken.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shop/prod has no succeeded backup in s3://backups/empty/ (storage profile 'shop-backups') "
                        + "(0 objects listed, 0 follow the naming rule " + NAMING + ")");
        assertThatThrownBy(() -> selector.choose(plan("shop/staging/", NAMING), BackupSelection.latest(), ProgressListener.NONE,
                CancellationToken.none()))
                .hasMessageContaining("1 objects listed, 1 follow the naming rule").hasMessageContaining("others name shop/staging");
    }

    @Test
    void missingNamingRuleOrBucketSaysWhat() {
        assertThatThrownBy(() -> selector.choose(plan("shop/", ""), BackupSelection.latest(), ProgressListener.NONE,
                CancellationToken.none()))
                .hasMessageContaining("storage profile 'shop-backups' has no naming rule and the plan gives none");
        StorageProfile missingBucket = new StorageProfile("gone", "us-east-1", null, s3.endpoint(), true, "no-such-bucket", "", NAMING);
        ObjectStoreListing listing = new ObjectStoreListing(name -> Optional.of(missingBucket),
                p -> new S3ObjectStore(p, S3ProxyServer.credentials(), new Retry(1, Duration.ofMillis(1), d -> { })), fx.backups);
        assertThatThrownBy(() -> listing.list(DrillFixture.SHOP_PROD, BackupOrigin.objectStore("gone", "", ""), ProgressListener.NONE,
                CancellationToken.none()))
                .isInstanceOf(ObjectStoreException.class)
                .hasMessageStartingWith("cannot list s3://no-such-bucket/ (storage profile 'gone'): ");
    }
}
