package io.drillbook.infra.team;

import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.team.LockHolder;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLock;
import io.drillbook.core.team.RunLockedException;
import io.drillbook.core.team.RunLocks;
import io.drillbook.infra.db.FreshDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Run locks between two consoles on the same workspace; H2 and PostgreSQL subclasses. */
abstract class RunLockContract {
    static final Clock AT_10_02 = Clock.fixed(Instant.parse("2026-11-21T10:02:13Z"), ZoneOffset.UTC);
    static final String SHOP_PROD = LockResources.playbookRun(new SystemEnv("shop", "prod"));

    @TempDir
    Path dir;
    TwoConsoles consoles;
    RunLock alice;
    RunLock bob;

    abstract FreshDatabases.Kind kind();

    @BeforeEach
    void open() {
        consoles = new TwoConsoles(kind(), dir);
        alice = TeamAdapters.runLock(consoles.first, AT_10_02);
        bob = TeamAdapters.runLock(consoles.second, AT_10_02);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
        consoles.close();
    }

    @Test
    void secondConsoleIsToldWhoHoldsTheLockSinceWhen() {
        assertThat(alice.tryAcquire(SHOP_PROD, "alice@ops-1")).hasValueSatisfying(h -> assertThat(h.holder()).isEqualTo("alice@ops-1"));
        assertThat(bob.tryAcquire(SHOP_PROD, "bob@ops-2")).isEmpty();
        assertThatThrownBy(() -> new RunLocks(bob, ZoneOffset.UTC).acquire(SHOP_PROD, "bob@ops-2"))
                .isInstanceOf(RunLockedException.class)
                .hasMessage("playbook-run:shop/prod is held by alice@ops-1 since 10:02");
    }

    @Test
    void theSameConsoleCannotTakeItsOwnLockTwice() {
        assertThat(alice.tryAcquire(SHOP_PROD, "alice@ops-1")).isPresent();
        assertThat(alice.tryAcquire(SHOP_PROD, "alice@ops-1")).isEmpty();
    }

    @Test
    void releasedLockIsFreeForTheOtherConsole() {
        alice.tryAcquire(SHOP_PROD, "alice@ops-1");
        alice.release(SHOP_PROD);
        assertThat(bob.holder(SHOP_PROD)).isEmpty();
        assertThat(bob.tryAcquire(SHOP_PROD, "bob@ops-2")).isPresent();
        assertThat(alice.holder(SHOP_PROD)).map(LockHolder::holder).contains("bob@ops-2");
    }

    @Test
    void differentResourcesDoNotBlockEachOther() {
        assertThat(alice.tryAcquire(SHOP_PROD, "alice@ops-1")).isPresent();
        assertThat(bob.tryAcquire(LockResources.ACTIVE_RECOVERY_FREEZE, "bob@ops-2")).isPresent();
        assertThat(bob.tryAcquire(LockResources.drillTarget("drill-sandbox.internal"), "bob@ops-2")).isPresent();
        assertThat(alice.tryAcquire(LockResources.drillTarget("drill-sandbox.internal"), "alice@ops-1")).isEmpty();
    }

    @Test
    void closingAConsoleReleasesEveryLockItHeld() {
        alice.tryAcquire(SHOP_PROD, "alice@ops-1");
        alice.tryAcquire(LockResources.ACTIVE_RECOVERY_FREEZE, "alice@ops-1");
        alice.close();
        assertThat(bob.tryAcquire(SHOP_PROD, "bob@ops-2")).isPresent();
        assertThat(bob.tryAcquire(LockResources.ACTIVE_RECOVERY_FREEZE, "bob@ops-2")).isPresent();
    }
}
