package io.drillbook.ui.drill;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.app.settings.Connectors;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.testing.S3ProxyServer;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
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
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard's backup page for a plan whose backups are listed from S3 (S3Proxy in-process): the
 * listing's progress, rows with age against the RPO, size and verified mark, the run recording the
 * operator's choice, and a failed listing saying why. Work runs on the calling thread.
 */
class DrillWizardListedBackupsTest {
    static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");
    static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm").withZone(ZoneOffset.UTC);
    static S3ProxyServer s3;
    static String olderKey;
    static String newerKey;

    @TempDir
    Path dir;
    AppContext ctx;
    DrillWizardViewModel model;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyServer.start();
        s3.createBucket("backups");
        Instant now = Instant.now();
        olderKey = "shop/prod/" + KEY_TIME.format(now.minus(Duration.ofDays(2))) + ".dump";
        newerKey = "shop/prod/" + KEY_TIME.format(now.minus(Duration.ofHours(3))) + ".dump";
        s3.put("backups", olderKey, "older dump".getBytes(StandardCharsets.UTF_8));
        s3.put("backups", newerKey, "newer dump!".getBytes(StandardCharsets.UTF_8));
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
    void open() {
        ctx = new AppContext(new AppConfig(dir, null, "alice"), Clock.systemUTC());
        ctx.platform().workspaceRepository().merge(new Workspace(List.of(new ProtectedSystem("shop", "alice", 1, "")),
                List.of(Policy.of(SHOP_PROD, LocalDate.parse("2026-01-01"), Duration.ofHours(24), Duration.ofHours(4),
                        Period.ofDays(90))), List.of(), List.of(), List.of(), List.of()));
        String naming = "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump";
        ctx.settings().storageProfiles().save(new StorageProfile("shop-backups", "us-east-1", null, s3.endpoint(), true, "backups", "", naming));
        ctx.settings().storageProfiles().save(new StorageProfile("gone", "us-east-1", null, s3.endpoint(), true, "no-such-bucket", "", naming));
        Connectors connectors = ctx.settings().connectors(HostKeyDecision.REJECT, SecretPrompt.NONE);
        DrillWizardServices services = new DrillWizardServices(ctx.platform().workspaceRepository(), ctx.drills().drillRunRepository(),
                ctx.drills().drillPlanLibrary(), ctx.drills().backupSelector(), connectors::profile, connectors.tester(), ctx.drills().drillService(connectors),
                ctx.platform().evidenceLog(), ctx.platform().clock(), "alice", Runnable::run);
        model = new DrillWizardViewModel(services, new CurrentThreadTaskRunner());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void savePlan(String name, String storage) {
        ctx.drills().drillPlanLibrary().save("""
                drill: %s
                system: shop
                environment: prod
                target: local
                backup: { from: s3, storage: %s, prefix: shop/prod/, pick: latest }
                steps:
                  - name: Show the backup
                    run: echo ${backup.uri}
                """.formatted(name, storage), "test", "alice");
    }

    private List<String> openBackupPage(String planName) {
        List<String> statuses = new ArrayList<>();
        model.backupPage().statusProperty().addListener((o, a, b) -> statuses.add(b));
        model.start();
        model.targetProperty().set(model.targets().get(0));
        model.next();
        model.planProperty().set(model.plans().stream().filter(p -> p.name().equals(planName)).findFirst().orElseThrow());
        model.next();
        return statuses;
    }

    @Test
    void backupPageListsThePrefixWithProgressAgeSizeAndVerifiedMark() {
        savePlan("listed", "shop-backups");
        ctx.inventory().backupRepository().addAll(List.of(ctx.drills().backupSelector().candidates(ctx.drills().drillPlanLibrary().plan("listed").orElseThrow(),
                        io.drillbook.core.work.ProgressListener.NONE, io.drillbook.core.work.CancellationToken.none())
                .byId(olderKey).orElseThrow().withVerified(true)));

        List<String> statuses = openBackupPage("listed");

        assertThat(statuses).anySatisfy(s -> assertThat(s).startsWith("listing s3://backups/shop/prod/ (storage profile 'shop-backups')"));
        assertThat(model.backupPage().statusProperty().get())
                .isEqualTo("2 backups of shop/prod in s3://backups/shop/prod/ (storage profile 'shop-backups')");
        assertThat(model.backups()).extracting(r -> r.backup().externalId()).containsExactly(newerKey, olderKey);
        assertThat(model.backups()).extracting(r -> r.backup().verified()).containsExactly(false, true);
        assertThat(model.backups()).extracting(r -> r.backup().sizeBytes()).containsExactly(11L, 10L);
        assertThat(model.backups()).allSatisfy(r -> assertThat(r.withinRpo()).isTrue());
        assertThat(model.problemProperty().get()).isEmpty();

        model.backupProperty().set(model.backups().get(0));
        assertThat(model.canGoNext().get()).isTrue();
        model.startRun();

        assertThat(model.session().resultProperty().get().summary().result()).isEqualTo(RunResult.PASSED);
        assertThat(ctx.platform().evidenceRepository().find(EvidenceQuery.all(1).withKindPrefix("drill.started")).get(0).payload())
                .contains("\"pick\":\"chosen by alice\"", "\"key\":\"" + newerKey + "\"", "\"candidates\":2");
        assertThat(ctx.inventory().backupRepository().byExternalId(SHOP_PROD, newerKey).orElseThrow().verified()).isTrue();
    }

    @Test
    void failedListingShowsWhyAndOffersNoBackup() {
        savePlan("broken", "gone");

        openBackupPage("broken");

        assertThat(model.backups()).isEmpty();
        assertThat(model.backupPage().statusProperty().get()).isEqualTo("Could not list the backups.");
        assertThat(model.problemProperty().get()).startsWith("cannot list s3://no-such-bucket/shop/prod/ (storage profile 'gone'): ");
        assertThat(model.canGoNext().get()).isFalse();
    }
}
