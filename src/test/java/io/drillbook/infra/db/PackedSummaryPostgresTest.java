package io.drillbook.infra.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The packed year rows (BYTEA, V13) on a real PostgreSQL server. */
@RequiresPostgres
class PackedSummaryPostgresTest {
    @TempDir
    Path dir;

    @Test
    void packedYearsEqualTheDayRowsOnPostgres() {
        try (FreshDatabases.FreshDatabase fresh = FreshDatabases.open(FreshDatabases.Kind.POSTGRES, dir)) {
            PackedSummaryTest.assertPackedEqualsDayRowsAfterShuffledImportsAndVerifications(new InventoryFixture(fresh.database()));
        }
    }
}
