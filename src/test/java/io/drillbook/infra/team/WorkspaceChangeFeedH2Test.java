package io.drillbook.infra.team;

import io.drillbook.core.team.EvidencePollingChangeFeed;
import io.drillbook.core.team.WorkspaceChangeFeed;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.JdbcEvidenceRepository;

import java.time.Duration;

class WorkspaceChangeFeedH2Test extends WorkspaceChangeFeedContract {
    @Override
    FreshDatabases.Kind kind() {
        return FreshDatabases.Kind.H2;
    }

    @Override
    WorkspaceChangeFeed feedOn(Database db) {
        return new EvidencePollingChangeFeed(new JdbcEvidenceRepository(db), Duration.ofMillis(50));
    }
}
