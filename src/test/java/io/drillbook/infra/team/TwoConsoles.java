package io.drillbook.infra.team;

import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.FreshDatabases;

import java.nio.file.Path;

/** Two consoles on one workspace: two separately opened {@link Database}s on the same store. */
final class TwoConsoles implements AutoCloseable {
    final FreshDatabases.FreshDatabase fresh;
    final Database first;
    final Database second;

    TwoConsoles(FreshDatabases.Kind kind, Path dir) {
        fresh = FreshDatabases.open(kind, dir);
        first = fresh.database();
        second = Database.open(fresh.url());
    }

    @Override
    public void close() {
        second.close();
        fresh.close();
    }
}
