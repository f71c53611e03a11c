package io.drillbook.infra.db;

import org.h2.engine.SysProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2's object cache hashes every string it reads from a row; the engine Drillbook opens runs
 * without it (docs/adr/0025-verify-speed.md), because the property is set before H2 first loads.
 */
class H2ObjectCacheTest {
    @Test
    void embeddedStoreRunsWithoutH2sObjectCache(@TempDir Path dir) {
        try (Database db = Database.embedded(dir)) {
            assertThat(db.isPostgres()).isFalse();
            assertThat(SysProperties.OBJECT_CACHE).isFalse();
        }
    }
}
