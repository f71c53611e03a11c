package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceRepository;
import io.drillbook.core.team.EvidencePollingChangeFeed;
import io.drillbook.core.team.RunLock;
import io.drillbook.core.team.WorkspaceChangeFeed;
import io.drillbook.infra.db.Database;

import java.time.Clock;
import java.time.Duration;

/** Picks the team-mode adapters that fit the store: PostgreSQL's own mechanisms, or H2 equivalents. */
public final class TeamAdapters {
    /** How often an embedded workspace polls the evidence head for changes. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

    private TeamAdapters() {
    }

    public static RunLock runLock(Database db, Clock clock) {
        return db.isPostgres() ? new PostgresRunLock(db, clock) : new H2RunLock(db, clock);
    }

    public static WorkspaceChangeFeed changeFeed(Database db, EvidenceRepository evidence) {
        return db.isPostgres() ? new PostgresChangeFeed(db, evidence) : new EvidencePollingChangeFeed(evidence, POLL_INTERVAL);
    }
}
