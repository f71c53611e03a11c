package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.team.LockResources;
import io.drillbook.core.team.RunLockedException;
import io.drillbook.infra.db.FreshDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A console that closes still holding a run lock (it crashed mid-close, or forgot) gives it back. */
class AppContextRunLocksTest {
    static final String SHOP_PROD = LockResources.playbookRun(new SystemEnv("shop", "prod"));

    @TempDir
    Path dir;

    private static AppContext open(Path data, String url, String operator) {
        return new AppContext(new AppConfig(data, url, operator), Clock.systemUTC());
    }

    private void closingReleasesLocksStillHeld(String url) {
        AppContext alice = open(dir.resolve("alice"), url, "alice");
        alice.platform().runLocks().acquire(SHOP_PROD, "alice@console");
        try (AppContext bob = open(url == null ? dir.resolve("alice") : dir.resolve("bob"), url, "bob")) {
            assertThatThrownBy(() -> bob.platform().runLocks().acquire(SHOP_PROD, "bob@console"))
                    .isInstanceOf(RunLockedException.class).hasMessageContaining("held by alice@console");

            alice.close();

            assertThat(bob.platform().runLocks().acquire(SHOP_PROD, "bob@console").holder()).isEqualTo("bob@console");
            bob.platform().runLocks().release(SHOP_PROD);
        }
    }

    @Test
    void closingTheContextReleasesTheRunLocksItStillHoldsOnH2() {
        closingReleasesLocksStillHeld(null);
    }

    @Test
    void closingTheContextReleasesTheRunLocksItStillHoldsOnPostgres() {
        try (FreshDatabases.FreshDatabase pg = FreshDatabases.create(FreshDatabases.Kind.POSTGRES, dir)) {
            closingReleasesLocksStillHeld(pg.url());
        }
    }
}
