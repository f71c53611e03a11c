package io.drillbook.infra.playbook;

import io.drillbook.core.connect.Retry;
import io.drillbook.core.drill.StepState;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookGate;
import io.drillbook.core.playbook.PlaybookListener;
import io.drillbook.core.playbook.PlaybookRequest;
import io.drillbook.core.playbook.PlaybookRun;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StepRecord;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.infra.s3.S3Clients;
import io.drillbook.infra.s3.S3ObjectStore;
import io.drillbook.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storage steps against a real S3-compatible server: S3Proxy in-process (in-memory backend, which
 * keeps object versions once a bucket's versioning is enabled).
 */
class PlaybookStorageS3Test {
    static final String BACKUPS = "backups";
    static final String SANDBOX = "drill-sandbox";
    static final String CONFIG = "shop/config.yaml";
    static S3ProxyServer s3;
    static S3Client client;
    static byte[] dump;
    static String goodVersion;
    static String brokenVersion;

    @TempDir
    Path tmp;
    PlaybookFixture fx;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyServer.start();
        s3.createBucket(BACKUPS);
        s3.createBucket(SANDBOX);
        client = S3Clients.build(s3.profile(BACKUPS), S3ProxyServer.credentials());
        client.putBucketVersioning(r -> r.bucket(BACKUPS).versioningConfiguration(v -> v.status("Enabled")));
        goodVersion = client.putObject(r -> r.bucket(BACKUPS).key(CONFIG), RequestBody.fromString("port=8080\n")).versionId();
        brokenVersion = client.putObject(r -> r.bucket(BACKUPS).key(CONFIG), RequestBody.fromString("port=broken\n")).versionId();
        dump = new byte[200_000];
        new Random(42).nextBytes(dump);
        // Straight into S3Proxy's backend: the set-up is not under test, and once (CI, 2026-12-05) this
        // 200 KB upload through a client without retries failed "Error writing request body to server".
        s3.put(BACKUPS, "shop/prod/pre-1042.dump", dump);
    }

    @AfterAll
    static void stopS3() throws Exception {
        client.close();
        s3.close();
    }

    @BeforeEach
    void fixture() {
        fx = new PlaybookFixture(tmp);
        fx.storageProfiles.put(BACKUPS, s3.profile(BACKUPS));
        fx.stores = profile -> new S3ObjectStore(profile, S3ProxyServer.credentials(), Retry.standard());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static String current(String bucket, String key) {
        return client.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String();
    }

    private PlaybookRun run(String yaml, Map<String, String> parameters) {
        Playbook playbook = PlaybookYaml.read(yaml, "storage.yaml");
        PlaybookRun run = fx.runner().start(new PlaybookRequest(playbook, parameters, "alice", tmp.resolve("output")),
                PlaybookGate.REFUSE, PlaybookListener.NONE);
        run.execute(CancellationToken.none());
        return run;
    }

    @Test
    void copyPutsAnOlderVersionBackAndRestoreDownloadsItAndAMissingKeyGoesToTheRecoveryStep() {
        assertThat(goodVersion).as("S3Proxy keeps versions").isNotNull().isNotEqualTo(brokenVersion);
        assertThat(current(BACKUPS, CONFIG)).isEqualTo("port=broken\n");

        PlaybookRun run = run("""
                playbook: roll back shop objects
                system: shop
                environment: prod
                parameters:
                  - name: good
                    type: string
                    required: true
                  - name: dir
                    type: string
                    required: true
                steps:
                  - name: Copy the pre-release dump aside
                    storage:
                      profile: backups
                      copy: shop/prod/pre-1042.dump
                      to: run-${run.id}/shop.dump
                      toBucket: drill-sandbox
                  - name: Put the good config version back
                    storage:
                      profile: backups
                      copy: shop/config.yaml
                      version: ${param.good}
                      to: shop/config.yaml
                  - name: Restore the good config here
                    storage:
                      profile: backups
                      restore: shop/config.yaml
                      version: ${param.good}
                      to: ${param.dir}/config.yaml
                  - name: Restore a dump that is not there
                    storage:
                      profile: backups
                      restore: shop/prod/pre-9999.dump
                      to: ${param.dir}/missing.dump
                    onFailure: { goto: Page the DBA }
                  - name: Never reached
                    run: { profile: local, command: echo unreachable }
                  - name: Page the DBA
                    run: { profile: local, command: echo paged }
                """, Map.of("good", goodVersion, "dir", tmp.toString()));

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.steps()).extracting(s -> s.name() + " " + s.state()).containsExactly(
                "Copy the pre-release dump aside PASSED", "Put the good config version back PASSED",
                "Restore the good config here PASSED", "Restore a dump that is not there FAILED",
                "Never reached SKIPPED", "Page the DBA PASSED");
        assertThat(client.getObjectAsBytes(r -> r.bucket(SANDBOX).key("run-" + run.id() + "/shop.dump")).asByteArray())
                .isEqualTo(dump);
        assertThat(current(BACKUPS, CONFIG)).as("the good version is the current one again").isEqualTo("port=8080\n");
        assertThat(tmp.resolve("config.yaml")).hasContent("port=8080");
        StepRecord copiedBack = run.steps().get(1);
        assertThat(copiedBack.command()).contains("copy shop/config.yaml version " + goodVersion + " -> shop/config.yaml");
        StepRecord restored = run.steps().get(2);
        assertThat(restored.message()).startsWith("restored 10 bytes, sha256 ");
        StepRecord missing = run.steps().get(3);
        assertThat(missing.message()).contains("shop/prod/pre-9999.dump");
        assertThat(tmp.resolve("missing.dump")).doesNotExist();
        assertThat(fx.events("playbook.goto")).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("Page the DBA"));
        assertThat(fx.evidence.verify().isIntact()).isTrue();
    }

    @Test
    void aVersionTheStoreDoesNotHaveFailsTheStepAndStopsTheRun() {
        PlaybookRun run = run("""
                playbook: restore a version
                system: shop
                environment: prod
                parameters:
                  - name: version
                    type: string
                    required: true
                steps:
                  - name: Restore that version
                    storage:
                      profile: backups
                      restore: shop/config.yaml
                      version: ${param.version}
                      to: %s/config.yaml
                """.formatted(tmp), Map.of("version", "v9999999999999999"));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.steps().get(0).state()).isEqualTo(StepState.FAILED);
        assertThat(run.steps().get(0).message()).contains("shop/config.yaml (version v9999999999999999)");
        assertThat(fx.activeRecoveryFreezes()).as("a failed run keeps the incident freeze").hasSize(1);
    }
}
