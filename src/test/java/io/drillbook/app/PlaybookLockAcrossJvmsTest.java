package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.cli.Cli;
import io.drillbook.core.drill.StepState;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.team.LockHolder;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.Role;
import io.drillbook.infra.db.RequiresPostgres;
import io.drillbook.infra.team.PostgresLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One active playbook run per system and environment across machines, proven with real runs: a
 * headless {@code playbook run} in another JVM holds shop/prod at a manual checkpoint while this
 * JVM's {@code playbook run} is refused there (told who and since when) and allowed on shop/staging.
 * When the other run ends, or its JVM is killed, shop/prod is free again; a killed run shows as
 * interrupted, and the evidence chain of both consoles is intact. Each person is a PostgreSQL login
 * of their own: on a shared server the operator is the login, not a name given on the command line.
 */
@RequiresPostgres
class PlaybookLockAcrossJvmsTest {
    static final String SHOP_PROD = LockResources.playbookRun(new SystemEnv("shop", "prod"));
    static final String CHECKPOINT = "Confirm the rollback";

    @TempDir
    Path dir;
    PostgresLogins server;
    Path rollbackProd;
    Path rollbackStaging;
    HeadlessDrillbookJvm alice;

    private record Run(int status, String out) {
    }

    @BeforeEach
    void open() throws IOException {
        server = new PostgresLogins(dir, "auditor", "alice", "bob", "carol");
        rollbackProd = playbook("prod");
        rollbackStaging = playbook("staging");
        try (AppContext admin = auditor()) {
            // The first user of a shared workspace is its admin; the two incident commanders are named by it.
            admin.team().roleAdministration().grant(login("auditor"), login("alice"), Role.INCIDENT_COMMANDER);
            admin.team().roleAdministration().grant(login("auditor"), login("bob"), Role.INCIDENT_COMMANDER);
        }
    }

    @Test
    void headlessRunBySomeoneWithoutTheIncidentCommanderRoleIsRefusedAndRecorded() {
        Run refused = drillbook("--db", server.url("carol"), "--data-dir", dir.resolve("carol").toString(), "playbook", "run",
                rollbackStaging.toString(), "--confirm", "Drain traffic", "--confirm", CHECKPOINT);

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.out()).contains("drillbook: " + login("carol") + " may not run rollback playbooks (roles: viewer)");
        try (AppContext auditor = auditor()) {
            assertThat(auditor.playbooks().playbookJournal().withStatus(RunStatus.RUNNING)).isEmpty();
            assertThat(auditor.playbooks().playbookJournal().withStatus(RunStatus.COMPLETED)).isEmpty();
            assertThat(auditor.platform().evidenceRepository().find(EvidenceQuery.all(10).withKindPrefix("access.denied")))
                    .singleElement().satisfies(e -> {
                        assertThat(e.actor()).isEqualTo(login("carol"));
                        assertThat(e.payload()).contains("run_playbook");
                    });
        }
    }

    @AfterEach
    void close() throws InterruptedException {
        if (alice != null) {
            alice.close();
        }
        server.close();
    }

    @Test
    void runInAnotherJvmHoldsItsSystemAndEnvironmentUntilItsCheckpointIsAnswered() throws Exception {
        Instant before = Instant.now();
        startAlicesRunAndWaitAtTheCheckpoint();

        assertOnlyShopProdIsRefused(before);

        alice.answer("y");
        assertThat(alice.exitStatus()).as(alice.output()).isZero();
        assertThat(bobsRun(rollbackProd).status()).as("shop/prod is free once alice's run completed").isZero();
        try (AppContext auditor = auditor()) {
            assertThat(auditor.playbooks().playbookJournal().withStatus(RunStatus.COMPLETED)).extracting(RunInfo::operator)
                    .containsExactlyInAnyOrder(login("alice"), login("bob"), login("bob"));
            assertThat(auditor.platform().evidenceRepository().verify().isIntact()).isTrue();
        }
    }

    @Test
    void killedRunFreesItsLockAndShowsAsInterrupted() throws Exception {
        Instant before = Instant.now();
        startAlicesRunAndWaitAtTheCheckpoint();
        assertOnlyShopProdIsRefused(before);

        alice.kill();
        awaitShopProdFree();

        Run bob = bobsRun(rollbackProd);
        assertThat(bob.status()).as(bob.out()).isZero();
        try (AppContext auditor = auditor()) {
            List<RunInfo> interrupted = auditor.playbooks().playbookJournal().withStatus(RunStatus.INTERRUPTED);
            assertThat(interrupted).extracting(RunInfo::operator).containsExactly(login("alice"));
            assertThat(auditor.playbooks().playbookJournal().steps(interrupted.get(0).runId()))
                    .extracting(s -> s.name() + " " + s.state())
                    .containsExactly("Drain traffic " + StepState.PASSED, CHECKPOINT + " " + StepState.CANCELLED);
            assertThat(auditor.platform().evidenceRepository().verify().isIntact()).isTrue();
        }
    }

    /** Alice's run, from a JVM of its own: the first step confirmed up front, the second asked on standard input. */
    private void startAlicesRunAndWaitAtTheCheckpoint() throws Exception {
        alice = HeadlessDrillbookJvm.start("alice", "--db", server.url("alice"), "--data-dir", dir.resolve("alice").toString(),
                "playbook", "run", rollbackProd.toString(), "--confirm", "Drain traffic");
        assertThat(alice.awaitLineStartingWith("Manual step '" + CHECKPOINT + "'")).as(alice.output()).isTrue();
        try (AppContext auditor = auditor()) {
            assertThat(auditor.playbooks().playbookJournal().withStatus(RunStatus.RUNNING)).extracting(RunInfo::operator)
                    .containsExactly(login("alice"));
        }
    }

    /** Bob's runs go through the same command line as alice's; his start-up must leave her live run alone. */
    private void assertOnlyShopProdIsRefused(Instant aliceStarted) {
        Run refused = bobsRun(rollbackProd);
        LockHolder holder;
        try (AppContext auditor = auditor()) {
            holder = auditor.platform().runLocks().holder(SHOP_PROD).orElseThrow();
            assertThat(auditor.playbooks().playbookJournal().withStatus(RunStatus.RUNNING)).as("alice's run is still live")
                    .extracting(RunInfo::operator).containsExactly(login("alice"));
        }
        assertThat(holder.holder()).isEqualTo(login("alice"));
        assertThat(holder.since()).isBetween(aliceStarted.minusSeconds(1), Instant.now());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.out()).contains("error: " + SHOP_PROD + " is " + holder.describe(ZoneId.systemDefault()));

        Run staging = bobsRun(rollbackStaging);
        assertThat(staging.status()).as(staging.out()).isZero();
    }

    private Run bobsRun(Path playbook) {
        return drillbook("--db", server.url("bob"), "--data-dir", dir.resolve("bob").toString(), "playbook", "run", playbook.toString(),
                "--confirm", "Drain traffic", "--confirm", CHECKPOINT);
    }

    /** The advisory lock goes with the killed JVM's session; the server notices the closed socket at once or very soon. */
    private void awaitShopProdFree() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        try (AppContext auditor = auditor()) {
            while (auditor.platform().runLocks().holder(SHOP_PROD).isPresent()) {
                assertThat(Instant.now()).as("the server frees the killed JVM's lock").isBefore(deadline);
                Thread.onSpinWait();
            }
        }
    }

    private AppContext auditor() {
        return new AppContext(new AppConfig(dir.resolve("auditor"), server.url("auditor"), null), Clock.systemUTC());
    }

    private String login(String person) {
        return server.login(person);
    }

    private Path playbook(String environment) throws IOException {
        return Files.writeString(dir.resolve("rollback-shop-" + environment + ".yaml"), String.join("\n", Stream.of(
                "playbook: rollback shop " + environment,
                "system: shop",
                "environment: " + environment,
                "steps:",
                "  - name: Drain traffic",
                "    manual:",
                "      instructions: Drain the shop's traffic at the load balancer",
                "  - name: " + CHECKPOINT,
                "    manual:",
                "      instructions: Confirm the shop serves the release before",
                "").toList()));
    }

    /** {@code drillbook ARGS} in this JVM, its standard output captured (as PlaybookCliLockTest does). */
    private static Run drillbook(String... args) {
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            StringWriter err = new StringWriter();
            int status = Cli.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), AppContext::open);
            return new Run(status, captured.toString(StandardCharsets.UTF_8) + err);
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
    }
}
