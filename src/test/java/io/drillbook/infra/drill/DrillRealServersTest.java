package io.drillbook.infra.drill;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.Checksums;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.DrillCheck;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillRequest;
import io.drillbook.core.drill.DrillResult;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.Expectation;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.drill.StepOutcome;
import io.drillbook.core.drill.StepState;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.infra.db.RequiresPostgres;
import io.drillbook.infra.ssh.DrillbookKnownHosts;
import io.drillbook.infra.ssh.SshConnector;
import io.drillbook.infra.ssh.SshjRemoteShellFactory;
import io.drillbook.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end against real parts: a pg_dump of a small database (schema version in a Flyway-style
 * history table) kept in S3Proxy, restored over Debian's OpenSSH into a new PostgreSQL database
 * with awscli and pg_restore, checked, and dropped in cleanup. Needs .ci/start-postgres.sh and
 * .ci/start-sshd.sh; skipped visibly without them.
 */
@RequiresPostgres
@EnabledIfEnvironmentVariable(named = "DRILLBOOK_TEST_SSHD_PORT", matches = "\\d+",
        disabledReason = "DRILLBOOK_TEST_SSHD_PORT is not set: eval \"$(.ci/start-sshd.sh)\" to run the OpenSSH drill tests")
class DrillRealServersTest {
    private static final ManualStepGate NO_PERSON = ManualStepGate.refuse("nobody", Clock.systemUTC());
    private static final String DB = "shop_drill_${run.id}";

    static S3ProxyServer s3;
    static String pgUrl;
    static String pgPort;
    static String pgUser;
    static String sourceDb;
    static byte[] dump;

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;
    DrillFixture fx;
    RemoteShell shell;
    Backup backup;

    @BeforeAll
    static void dumpASmallDatabaseIntoS3() throws Exception {
        pgUrl = System.getenv("DRILLBOOK_TEST_PG_URL");
        Matcher m = Pattern.compile("jdbc:postgresql://[^:]+:(\\d+)/[^?]+\\?user=(\\w+)").matcher(pgUrl);
        assertThat(m.matches()).as("PG URL " + pgUrl).isTrue();
        pgPort = m.group(1);
        pgUser = m.group(2);
        sourceDb = "shop_src_" + System.nanoTime();
        sql("CREATE DATABASE " + sourceDb);
        try (Connection c = DriverManager.getConnection(pgUrl.replace("/drillbook_test?", "/" + sourceDb + "?"));
             Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("src/test/resources/drill/shop_schema.sql")));
        }
        Path file = shared.resolve("shop.dump");
        Process p = new ProcessBuilder("pg_dump", "-h", "127.0.0.1", "-p", pgPort, "-U", pgUser, "-Fc", "-f", file.toString(), sourceDb)
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as(new String(p.getInputStream().readAllBytes())).isTrue();
        dump = Files.readAllBytes(file);
        s3 = S3ProxyServer.start();
        s3.createBucket("backups");
        s3.put("backups", "shop/prod/shop-1.dump", dump);
    }

    @AfterAll
    static void stop() throws Exception {
        if (s3 != null) {
            s3.close();
        }
        if (sourceDb != null) {
            sql("DROP DATABASE IF EXISTS " + sourceDb);
        }
    }

    /** Drill databases some other test or run left on the shared server before this test: not this test's to judge. */
    private static final java.util.Set<String> LEFT_BEFORE = new java.util.HashSet<>();

    @BeforeEach
    void setUp() throws Exception {
        if (LEFT_BEFORE.isEmpty()) {
            LEFT_BEFORE.add("");
            LEFT_BEFORE.addAll(drillDatabases());
        }
        fx = new DrillFixture(tmp);
        Path file = Files.write(tmp.resolve("shop-1.dump"), dump);
        backup = new Backup(DrillFixture.SHOP_PROD, BackupSource.S3, "shop-1.dump", fx.clock.instant().minus(Duration.ofHours(7)),
                fx.clock.instant().minus(Duration.ofHours(6)), BackupStatus.SUCCEEDED, dump.length, Checksums.sha256(file),
                "s3://backups/shop/prod/shop-1.dump", false, null, false);
        fx.backups.addAll(List.of(backup));
        shell = openSsh();
    }

    @AfterEach
    void tearDown() {
        shell.close();
        fx.close();
    }

    @Test
    void dumpInS3RestoresOverSshIntoANewDatabaseWhichCleanupDrops() throws Exception {
        DrillResult result = run(plan("4.1", List.of()), CancellationToken.none(), DrillListener.NONE);

        assertThat(result.summary().result()).as(result.steps().toString()).isEqualTo(RunResult.PASSED);
        assertThat(result.step("Schema version").orElseThrow().verdict().actual()).isEqualTo("4.1");
        assertThat(result.step("Orders present").orElseThrow().verdict().actual()).isEqualTo("5000");
        assertThat(drillDatabases()).isEmpty();
        assertThat(fx.evidence.repository().find(EvidenceQuery.all(200).withKindPrefix("drill")))
                .noneSatisfy(e -> assertThat(e.payload()).contains(S3ProxyServer.SECRET_KEY));
    }

    @Test
    void wrongExpectedSchemaVersionFailsWithTheMismatch() throws Exception {
        DrillResult result = run(plan("5", List.of()), CancellationToken.none(), DrillListener.NONE);

        assertThat(result.summary().result()).isEqualTo(RunResult.FAILED);
        StepOutcome check = result.step("Schema version").orElseThrow();
        assertThat(check.state()).isEqualTo(StepState.FAILED);
        assertThat(check.verdict().expected()).contains("5");
        assertThat(check.verdict().actual()).isEqualTo("4.1");
        assertThat(drillDatabases()).isEmpty();
    }

    @Test
    void stepPastItsTimeoutFailsAndCleanupStillDropsTheDatabase() throws Exception {
        long started = System.nanoTime();
        DrillResult result = run(plan("4.1", List.of(DrillStep.command("Warm the cache", "sleep 30").withTimeout(Duration.ofSeconds(1)))),
                CancellationToken.none(), DrillListener.NONE);

        assertThat(result.summary().result()).isEqualTo(RunResult.FAILED);
        assertThat(result.step("Warm the cache").orElseThrow().message()).containsIgnoringCase("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(25));
        assertThat(drillDatabases()).isEmpty();
    }

    @Test
    void cancelledRunStopsTheRunningCommandAndCleansUp() throws Exception {
        CancellationToken cancel = new CancellationToken();
        CountDownLatch sleeping = new CountDownLatch(1);
        DrillListener listener = new DrillListener() {
            @Override
            public void stepChanged(String runId, StepOutcome step) {
                if (step.name().equals("Warm the cache") && step.state() == StepState.RUNNING) {
                    sleeping.countDown();
                }
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<DrillResult> running = pool.submit(() -> run(plan("4.1", List.of(DrillStep.command("Warm the cache", "sleep 60"))),
                    cancel, listener));
            assertThat(sleeping.await(60, TimeUnit.SECONDS)).isTrue();
            cancel.cancel();
            DrillResult result = running.get(30, TimeUnit.SECONDS);
            assertThat(result.summary().result()).isEqualTo(RunResult.CANCELLED);
            assertThat(result.step("Schema version").orElseThrow().state()).isEqualTo(StepState.CANCELLED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(drillDatabases()).isEmpty();
    }

    private DrillResult run(DrillPlan plan, CancellationToken cancel, DrillListener listener) {
        return fx.runner().run(new DrillRequest(plan, backup, null, "alice", tmp.resolve("out")), shell, NO_PERSON, listener, cancel);
    }

    private DrillPlan plan(String expectedVersion, List<DrillStep> extra) {
        String pg = "-h 127.0.0.1 -p ${param.pgPort} -U ${param.pgUser}";
        List<DrillStep> steps = new ArrayList<>(List.of(
                DrillStep.command("Create isolated database", "createdb " + pg + " " + DB),
                DrillStep.command("Restore dump from S3", "AWS_ACCESS_KEY_ID=${param.awsAccessKey} AWS_SECRET_ACCESS_KEY=${param.awsSecret} "
                        + "/usr/bin/aws --endpoint-url ${param.endpoint} --region us-east-1 s3 cp ${backup.uri} - "
                        + "| pg_restore --no-owner " + pg + " -d " + DB)));
        steps.addAll(extra);
        List<DrillCheck> checks = List.of(
                DrillCheck.of("Schema version", "psql " + pg + " -tA -d " + DB
                        + " -c 'select version from flyway_schema_history order by installed_rank desc limit 1'", Expectation.equalTo(expectedVersion)),
                DrillCheck.of("Orders present", "psql " + pg + " -tA -d " + DB + " -c 'select count(*) from orders'", Expectation.atLeast(5000)));
        return new DrillPlan("shop-db restore", "shop", "prod", "openssh", BackupSelection.latest(),
                Map.of("pgPort", pgPort, "pgUser", pgUser, "endpoint", s3.endpoint().toString(),
                        "awsAccessKey", S3ProxyServer.ACCESS_KEY, "awsSecret", S3ProxyServer.SECRET_KEY),
                steps, checks, List.of(DrillStep.command("Drop drill database", "dropdb --if-exists " + pg + " " + DB)), false);
    }

    private RemoteShell openSsh() throws Exception {
        String host = System.getenv().getOrDefault("DRILLBOOK_TEST_SSHD_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv("DRILLBOOK_TEST_SSHD_PORT"));
        String[] key = Files.readString(Path.of(System.getenv("DRILLBOOK_TEST_SSHD_HOST_PUBKEY"))).trim().split("\\s+");
        Path knownHosts = Files.writeString(tmp.resolve("known_hosts"), "[" + host + "]:" + port + " " + key[0] + " " + key[1] + "\n");
        SshConnector connector = new SshConnector(tmp.resolve("no-user-known-hosts"), new DrillbookKnownHosts(knownHosts),
                HostKeyDecision.REJECT, SecretPrompt.NONE, name -> Optional.empty());
        return new SshjRemoteShellFactory(connector).open(ConnectionProfile.ssh("openssh", host, port,
                System.getenv("DRILLBOOK_TEST_SSHD_USER"), AuthMethod.KEY, Path.of(System.getenv("DRILLBOOK_TEST_SSHD_KEY"))));
    }

    private static List<String> drillDatabases() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pgUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'shop_drill_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        names.removeAll(LEFT_BEFORE);
        return names;
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(pgUrl); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
