package io.drillbook.infra.team;

import io.drillbook.core.team.LockHolder;
import io.drillbook.infra.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console and a command-line run share one embedded workspace (AUTO_SERVER): a run lock taken
 * in another process holds here, names its holder, and frees itself when that process is killed.
 */
class H2RunLockAcrossProcessesTest {

    @Test
    void aLockHeldByAnotherProcessOnTheSameFileHoldsHereUntilThatProcessDies(@TempDir Path dir) throws Exception {
        try (Database db = Database.embedded(dir); H2RunLock here = new H2RunLock(db, Clock.systemUTC())) {
            Process other = ChildJvm.start(LockHoldingMain.class, Database.h2Url(dir), "drill-target:sandbox", "bob (cli)");
            try {
                String said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8)).readLine();
                assertThat(said).isEqualTo(LockHoldingMain.HELD);

                assertThat(here.tryAcquire("drill-target:sandbox", "alice (console)")).isEmpty();
                assertThat(here.holder("drill-target:sandbox")).map(LockHolder::holder).contains("bob (cli)");
            } finally {
                other.destroyForcibly();
                other.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(awaitFree(here)).as("the killed process's lock is stale once its session is gone").isTrue();
            assertThat(here.tryAcquire("drill-target:sandbox", "alice (console)")).isPresent();
        }
    }

    /** The server notices the dead client's socket on its own schedule: poll its session table, bounded. */
    private static boolean awaitFree(H2RunLock lock) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lock.holder("drill-target:sandbox").isEmpty());
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }
}
