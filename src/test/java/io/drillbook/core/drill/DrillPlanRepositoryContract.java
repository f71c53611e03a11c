package io.drillbook.core.drill;

import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link DrillPlanRepository} does; the fake and the JDBC adapter run these tests. */
public abstract class DrillPlanRepositoryContract {
    private static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");

    @TempDir
    protected Path dir;
    protected DrillPlanRepository repo;

    protected abstract DrillPlanRepository newRepository();

    protected void closeRepository() {
    }

    @BeforeEach
    void openRepository() {
        repo = newRepository();
    }

    @AfterEach
    void closeIt() {
        closeRepository();
    }

    @Test
    void plansAreStoredByNameReplacedAndDeleted() {
        repo.save(new StoredDrillPlan("shop-db", SHOP, "drill: shop-db", T0, "bob"));
        StoredDrillPlan edited = new StoredDrillPlan("shop-db", SHOP, "drill: shop-db\n# v2", T0.plusSeconds(60), "alice");
        repo.save(edited);
        assertThat(repo.find("shop-db")).contains(edited);
        assertThat(repo.all()).containsExactly(edited);
        assertThat(repo.delete("shop-db")).isTrue();
        assertThat(repo.delete("shop-db")).isFalse();
        assertThat(repo.find("shop-db")).isEmpty();
    }

    @Test
    void plansOfATargetComeByName() {
        repo.save(new StoredDrillPlan("shop-files", SHOP, "y", T0, "bob"));
        repo.save(new StoredDrillPlan("crm-db", new SystemEnv("crm", "prod"), "y", T0, "bob"));
        repo.save(new StoredDrillPlan("shop-db", SHOP, "y", T0, "bob"));
        repo.save(new StoredDrillPlan("shop-stage", new SystemEnv("shop", "staging"), "y", T0, "bob"));
        assertThat(repo.forTarget(SHOP)).extracting(StoredDrillPlan::name).containsExactly("shop-db", "shop-files");
        assertThat(repo.all()).extracting(StoredDrillPlan::name).containsExactly("crm-db", "shop-db", "shop-files", "shop-stage");
    }
}
