package io.drillbook.core.drill;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link DrillLeftoverStore} does; the fake and the JDBC adapter run these tests. */
public abstract class DrillLeftoverStoreContract {
    private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");

    @TempDir
    protected Path dir;
    protected DrillLeftoverStore store;

    protected abstract DrillLeftoverStore newStore();

    protected void closeStore() {
    }

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void closeIt() {
        closeStore();
    }

    private static CleanupPlan plan() {
        return new CleanupPlan("shop-db", "drill-sandbox", 4, List.of(DrillStep.command("Drop database", "dropdb shop_drill_${run.id}")),
                Map.of("run.id", "r1"));
    }

    @Test
    void aRememberedPlanReadsBackAndIsUncleanedUntilCleaned() {
        store.remember("r2", plan());
        store.remember("r1", plan());
        assertThat(store.plan("r1")).hasValueSatisfying(p -> {
            assertThat(p.plan()).isEqualTo("shop-db");
            assertThat(p.targetProfile()).isEqualTo("drill-sandbox");
            assertThat(p.firstIndex()).isEqualTo(4);
            assertThat(p.steps()).extracting(DrillStep::name).containsExactly("Drop database");
            assertThat(p.variables()).containsEntry("run.id", "r1");
        });
        assertThat(store.uncleaned()).containsExactly("r1", "r2");
        store.cleaned("r1", T0);
        assertThat(store.uncleaned()).containsExactly("r2");
        assertThat(store.plan("none")).isEmpty();
    }

    @Test
    void aKeptTargetRemembersUntilWhen() {
        store.remember("r1", plan());
        assertThat(store.keptUntil("r1")).isEmpty();
        store.keepUntil("r1", T0.plusSeconds(86_400));
        assertThat(store.keptUntil("r1")).contains(T0.plusSeconds(86_400));
        assertThat(store.uncleaned()).containsExactly("r1");
    }
}
