package io.drillbook.core.team;

import io.drillbook.core.model.SystemEnv;
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

/**
 * Run locks between two consoles on the same workspace: the in-memory fake, and the H2 and
 * PostgreSQL adapters (through infra.team's RunLockContract) run these same tests.
 */
public abstract class RunLockContract {
    protected static final Clock AT_10_02 = Clock.fixed(Instant.parse("2026-11-21T10:02:13Z"), ZoneOffset.UTC);
    protected static final String SHOP_PROD = LockResources.playbookRun(new SystemEnv("shop", "prod"));

    @TempDir
    protected Path dir;
    protected RunLock alice;
    protected RunLock bob;

    /** Opens two consoles on one fresh store and sets {@link #alice} and {@link #bob} to their locks. */
    protected abstract void openTwoConsoles(Clock clock);

    /** Closes what {@link #openTwoConsoles} opened, after both locks are closed. */
    protected void closeConsoles() {
    }

    @BeforeEach
    void open() {
        openTwoConsoles(AT_10_02);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
        closeConsoles();
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
    void releasingALockHeldByTheOtherConsoleDoesNothing() {
        alice.tryAcquire(SHOP_PROD, "alice@ops-1");
        bob.release(SHOP_PROD);
        assertThat(bob.holder(SHOP_PROD)).map(LockHolder::holder).contains("alice@ops-1");
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
