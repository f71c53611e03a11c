package io.drillbook.app.team;

import io.drillbook.app.platform.FeatureModule;
import io.drillbook.app.platform.Platform;
import io.drillbook.core.team.LockWatch;
import io.drillbook.core.team.RoleAdministration;
import io.drillbook.core.team.WorkspaceChangeFeed;
import io.drillbook.core.team.WorkspaceMove;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.team.JdbcWorkspaceMove;
import io.drillbook.infra.team.JdbcRoleRepository;
import io.drillbook.infra.team.TeamAdapters;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Working as a team: roles, lost run locks (shared server), changes made by other consoles and pipelines. */
public final class TeamModule implements FeatureModule {
    /** How often a console on a shared server checks that its run locks are still held. */
    private static final Duration LOCK_CHECK_PERIOD = Duration.ofSeconds(15);
    private final Platform platform;
    private final RoleAdministration roleAdministration;
    private final LockWatch lockWatch;
    private final List<WorkspaceChangeFeed> openFeeds = new CopyOnWriteArrayList<>();

    public TeamModule(Platform platform) {
        this.platform = platform;
        this.roleAdministration = new RoleAdministration(new JdbcRoleRepository(platform.database()), platform.accessPolicy(),
                platform.evidenceLog(), platform.clock());
        this.lockWatch = new LockWatch(platform.runLocks(), platform.evidenceLog());
    }

    /** On a shared server, checks the run locks held here every 15 seconds. */
    @Override
    public void start() {
        if (platform.shared()) {
            lockWatch.every(LOCK_CHECK_PERIOD);
        }
    }

    public RoleAdministration roleAdministration() {
        return roleAdministration;
    }

    /** Tells of run locks lost with their database session (shared server only). */
    public LockWatch lockWatch() {
        return lockWatch;
    }

    /** Tells of changes made by other consoles and pipelines; the caller starts it; closed with this module at the latest. */
    public WorkspaceChangeFeed openChangeFeed() {
        WorkspaceChangeFeed feed = TeamAdapters.changeFeed(platform.database(), platform.evidenceRepository());
        openFeeds.add(feed);
        return feed;
    }

    /** Moves this workspace into an empty database ({@code move-workspace}). */
    public WorkspaceMove workspaceMove() {
        return new JdbcWorkspaceMove(platform::database, Database::open, platform.config()::operator, Clock.systemUTC());
    }

    @Override
    public void close() {
        openFeeds.forEach(WorkspaceChangeFeed::close);
        lockWatch.close();
    }
}
