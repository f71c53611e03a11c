package io.drillbook.app;

import io.drillbook.cli.Cli;
import io.drillbook.core.drill.StepState;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.team.LockHolder;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.Role;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.RequiresPostgres;
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
 * interrupted, and the evidence chain of both consoles is intact.
 */
@RequiresPostgres
class PlaybookLockAcrossJvmsTest {
    static final String SHOP_PROD = LockResources.playbookRun(new SystemEnv("shop", "prod"));
    static final String CHECKPOINT = "Confirm the rollback";

    @TempDir
    Path dir;
    FreshDatabases.FreshDatabase fresh;
    Path rollbackProd;
    Path rollbackStaging;
    HeadlessDrillbookJvm alice;

    private record Run(int status, String out) {
    }

    @BeforeEach
    void open() throws IOException {
        fresh = FreshDatabases.create(FreshDatabases.Kind.POSTGRES, dir);
        rollbackProd = playbook("prod");
        rollbackStaging = playbook("staging");
        try (AppContext admin = auditor()) {
            // The first user of a shared workspace is its admin; the two incident commanders are named by it.
            admin.roleAdministration().grant("auditor", "alice@ops-1", Role.INCIDENT_COMMANDER);
            admin.roleAdministration().grant("auditor", "bob@ops-2", Role.INCIDENT_COMMANDER);
        }
    }

    @Test
    void headlessRunBySomeoneWithoutTheIncidentCommanderRoleIsRefusedAndRecorded() {
        Run refused = drillbook("--db", fresh.url(), "--data-dir", dir.resolve("carol").toString(), "playbook", "run",
                rollbackStaging.toString(), "--operator", "carol@ops-3", "--confirm", "Drain traffic", "--confirm", CHECKPOINT);

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.out()).contains("error: carol@ops-3 may not run rollback playbooks (roles: none)");
        try (AppContext auditor = auditor()) {
            assertThat(auditor.playbookJournal().withStatus(RunStatus.RUNNING)).isEmpty();
            assertThat(auditor.playbookJournal().withStatus(RunStatus.COMPLETED)).isEmpty();
            assertThat(auditor.evidenceRepository().find(EvidenceQuery.all(10).withKindPrefix("access.denied")))
                    .singleElement().satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("carol@ops-3");
                        assertThat(e.payload()).contains("run_playbook");
                    });
        }
    }

    @AfterEach
    void close() throws InterruptedException {
        if (alice != null) {
            alice.close();
        }
        fresh.close();
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
            assertThat(auditor.playbookJournal().withStatus(RunStatus.COMPLETED)).extracting(RunInfo::operator)
                    .containsExactlyInAnyOrder("alice@ops-1", "bob@ops-2", "bob@ops-2");
            assertThat(auditor.evidenceRepository().verify().isIntact()).isTrue();
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
            List<RunInfo> interrupted = auditor.playbookJournal().withStatus(RunStatus.INTERRUPTED);
            assertThat(interrupted).extracting(RunInfo::operator).containsExactly("alice@ops-1");
            assertThat(auditor.playbookJournal().steps(interrupted.get(0).runId()))
                    .extracting(s -> s.name() + " " + s.state())
                    .containsExactly("Drain traffic " + StepState.PASSED, CHECKPOINT + " " + StepState.CANCELLED);
            assertThat(auditor.evidenceRepository().verify().isIntact()).isTrue();
        }
    }

    /** Alice's run, from a JVM of its own: the first step confirmed up front, the second asked on standard input. */
    private void startAlicesRunAndWaitAtTheCheckpoint() throws Exception {
        alice = HeadlessDrillbookJvm.start("alice", "--db", fresh.url(), "--data-dir", dir.resolve("alice").toString(),
                "playbook", "run", rollbackProd.toString(), "--operator", "alice@ops-1", "--confirm", "Drain traffic");
        assertThat(alice.awaitLineStartingWith("Manual step '" + CHECKPOINT + "'")).as(alice.output()).isTrue();
        try (AppContext auditor = auditor()) {
            assertThat(auditor.playbookJournal().withStatus(RunStatus.RUNNING)).extracting(RunInfo::operator)
                    .containsExactly("alice@ops-1");
        }
    }

    /** Bob's runs go through the same command line as alice's; his start-up must leave her live run alone. */
    private void assertOnlyShopProdIsRefused(Instant aliceStarted) {
        Run refused = bobsRun(rollbackProd);
        LockHolder holder;
        try (AppContext auditor = auditor()) {
            holder = auditor.runLocks().holder(SHOP_PROD).orElseThrow();
            assertThat(auditor.playbookJournal().withStatus(RunStatus.RUNNING)).as("alice's run is still live")
                    .extracting(RunInfo::operator).containsExactly("alice@ops-1");
        }
        assertThat(holder.holder()).isEqualTo("alice@ops-1");
        assertThat(holder.since()).isBetween(aliceStarted.minusSeconds(1), Instant.now());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.out()).contains("error: " + SHOP_PROD + " is " + holder.describe(ZoneId.systemDefault()));

        Run staging = bobsRun(rollbackStaging);
        assertThat(staging.status()).as(staging.out()).isZero();
    }

    private Run bobsRun(Path playbook) {
        return drillbook("--db", fresh.url(), "--data-dir", dir.resolve("bob").toString(), "playbook", "run", playbook.toString(),
                "--operator", "bob@ops-2", "--confirm", "Drain traffic", "--confirm", CHECKPOINT);
    }

    /** The advisory lock goes with the killed JVM's session; the server notices the closed socket at once or very soon. */
    private void awaitShopProdFree() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        try (AppContext auditor = auditor()) {
            while (auditor.runLocks().holder(SHOP_PROD).isPresent()) {
                assertThat(Instant.now()).as("the server frees the killed JVM's lock").isBefore(deadline);
                Thread.onSpinWait();
            }
        }
    }

    private AppContext auditor() {
        return new AppContext(new AppConfig(dir.resolve("auditor"), fresh.url(), "auditor"), Clock.systemUTC());
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
            int status = Cli.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            return new Run(status, captured.toString(StandardCharsets.UTF_8) + err);
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
    }
}
