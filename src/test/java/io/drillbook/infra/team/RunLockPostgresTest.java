package io.drillbook.infra.team;

import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.RequiresPostgres;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

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
}
