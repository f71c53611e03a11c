package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.team.LockHolder;
import io.drillbook.core.team.LockLoss;
import io.drillbook.core.team.LockWatch;
import io.drillbook.core.team.RunLocks;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.RequiresPostgres;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Advisory locks across processes; each test is skipped with a reason without DRILLBOOK_TEST_PG_URL. */
@RequiresPostgres
class RunLockPostgresTest extends RunLockContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRES;
    }

    @Test
    void lockOfAKilledConsoleIsFreedByTheServer() throws Exception {
        Process other = ChildJvm.start(LockHoldingMain.class, consoles.fresh.url(), SHOP_PROD, "carol@ops-3");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo(LockHoldingMain.HELD);
            assertThat(bob.holder(SHOP_PROD)).hasValueSatisfying(h -> assertThat(h.holder()).isEqualTo("carol@ops-3"));
            other.destroyForcibly().waitFor();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (bob.tryAcquire(SHOP_PROD, "bob@ops-2").isEmpty()) {
            assertThat(Instant.now()).as("the server frees a dead session's advisory lock").isBefore(deadline);
            Thread.onSpinWait();
        }
        assertThat(alice.holder(SHOP_PROD)).hasValueSatisfying(h -> assertThat(h.holder()).isEqualTo("bob@ops-2"));
    }

    /** Ends every other session on the test database, as an admin's pg_terminate_backend or a failover would. */
    private void terminateOtherSessions() throws Exception {
        try (Connection c = DriverManager.getConnection(consoles.fresh.url());
             PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            ps.executeQuery().close();
        }
    }

    @Test
    void locksWhoseSessionsAreAliveNeedNothing() {
        alice.tryAcquire(SHOP_PROD, "alice@ops-1").orElseThrow();

        assertThat(alice.verifyHeld()).isEmpty();
        assertThat(bob.holder(SHOP_PROD)).hasValueSatisfying(h -> assertThat(h.holder()).isEqualTo("alice@ops-1"));
    }

    @Test
    void lockWhoseSessionWasTerminatedIsTakenAgainWhileStillFree() throws Exception {
        LockHolder held = alice.tryAcquire(SHOP_PROD, "alice@ops-1").orElseThrow();

        terminateOtherSessions();
        assertThat(bob.holder(SHOP_PROD)).as("the server dropped the lock with its session").isEmpty();
        List<LockLoss> losses = alice.verifyHeld();

        assertThat(losses).singleElement().satisfies(loss -> {
            assertThat(loss.retaken()).isTrue();
            assertThat(loss.nowHeldBy()).isEqualTo(held);
        });
        assertThat(bob.tryAcquire(SHOP_PROD, "bob@ops-2")).as("held again").isEmpty();
        assertThat(bob.holder(SHOP_PROD)).hasValueSatisfying(h -> assertThat(h.holder()).isEqualTo("alice@ops-1"));
        assertThat(alice.verifyHeld()).isEmpty();
    }

    @Test
    void lockTakenByAnotherConsoleAfterItsSessionEndedIsReportedLostWithTheNewHolder() throws Exception {
        alice.tryAcquire(SHOP_PROD, "alice@ops-1").orElseThrow();

        terminateOtherSessions();
        bob.tryAcquire(SHOP_PROD, "bob@ops-2").orElseThrow();
        List<LockLoss> losses = alice.verifyHeld();

        assertThat(losses).singleElement().satisfies(loss -> {
            assertThat(loss.retaken()).isFalse();
            assertThat(loss.holder().holder()).isEqualTo("alice@ops-1");
            assertThat(loss.nowHeldBy().holder()).isEqualTo("bob@ops-2");
            assertThat(new RunLocks(alice, ZoneOffset.UTC).describe(loss))
                    .isEqualTo("playbook-run:shop/prod was lost by alice@ops-1 (database session ended) and is now "
                            + "held by bob@ops-2 since 10:02: runs may overlap");
        });
        assertThat(alice.verifyHeld()).as("reported once").isEmpty();
        assertThat(alice.tryAcquire(SHOP_PROD, "alice@ops-1")).isEmpty();
    }

    @Test
    void theWatchRecordsALostLockAndTellsWhoHoldsItNow() throws Exception {
        EvidenceLog evidence = new EvidenceLog(new JdbcEvidenceRepository(consoles.first), AT_10_02, () -> "alice@ops-1");
        LockWatch watch = new LockWatch(new RunLocks(alice, ZoneOffset.UTC), evidence);
        List<String> told = new CopyOnWriteArrayList<>();
        watch.onLoss(told::add);
        alice.tryAcquire(SHOP_PROD, "alice@ops-1").orElseThrow();
        assertThat(watch.checkNow()).isEmpty();

        terminateOtherSessions();
        bob.tryAcquire(SHOP_PROD, "bob@ops-2").orElseThrow();

        assertThat(watch.checkNow()).hasSize(1);
        assertThat(told).containsExactly("playbook-run:shop/prod was lost by alice@ops-1 (database session ended) and is "
                + "now held by bob@ops-2 since 10:02: runs may overlap");
        assertThat(evidence.repository().find(EvidenceQuery.all(10).withKindPrefix("lock."))).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo("lock.lost");
                    assertThat(e.subject()).isEqualTo(SHOP_PROD);
                    assertThat(e.payload()).contains("bob@ops-2");
                });
    }
}
