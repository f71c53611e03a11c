package io.drillbook.infra.db;

import io.drillbook.core.calendar.Gate;
import io.drillbook.core.calendar.Waiver;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcWaiverRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void waiverSurvivesReopeningAndCountsOnlyUntilItExpires() {
        Waiver w = new Waiver("w-1", Gate.DRILL, "REL-1042", new SystemEnv("shop", "prod"), "erin", "drill on Friday",
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-03T00:00:00Z"));
        Waiver systemWide = new Waiver("w-2", Gate.BACKUP_WINDOW, null, new SystemEnv("shop", "prod"), "erin", "window moved",
                Instant.parse("2026-12-01T11:00:00Z"), Instant.parse("2026-12-10T00:00:00Z"));
        try (Database db = Database.embedded(dir)) {
            new JdbcWaiverRepository(db).save(w);
            new JdbcWaiverRepository(db).save(systemWide);
        }
        try (Database db = Database.embedded(dir)) {
            JdbcWaiverRepository repo = new JdbcWaiverRepository(db);
            assertThat(repo.byId("w-1")).contains(w);
            assertThat(repo.all()).containsExactly(systemWide, w);
            assertThat(repo.activeAt(Instant.parse("2026-12-02T00:00:00Z"))).containsExactlyInAnyOrder(w, systemWide);
            assertThat(repo.activeAt(Instant.parse("2026-12-03T00:00:00Z"))).containsExactly(systemWide);
            assertThat(repo.activeAt(Instant.parse("2026-12-01T09:00:00Z"))).isEmpty();
        }
    }
}
