package io.drillbook.infra.team;

import io.drillbook.core.team.WorkspaceChangeFeed;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.RequiresPostgres;
import io.drillbook.infra.db.JdbcEvidenceRepository;

@RequiresPostgres
class WorkspaceChangeFeedPostgresTest extends WorkspaceChangeFeedContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.POSTGRES;
    }

    @Override
    WorkspaceChangeFeed feedOn(Database db) {
        WorkspaceChangeFeed feed = TeamAdapters.changeFeed(db, new JdbcEvidenceRepository(db));
        org.assertj.core.api.Assertions.assertThat(feed).isInstanceOf(PostgresChangeFeed.class);
        return feed;
    }
}
