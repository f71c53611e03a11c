package io.drillbook.infra.db;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.ConcurrentChangeException;
import io.drillbook.core.workspace.VersionedPolicy;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.core.workspace.Workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Systems, policies and calendar entries in H2 or PostgreSQL. */
public final class JdbcWorkspaceRepository implements WorkspaceRepository {
    private static final String RELEASE_COLUMNS = "id, title, systems, environments, window_start, window_end, risk, "
            + "cab_approved_by, cab_approved_at, status, version";

    private final Database db;

    public JdbcWorkspaceRepository(Database db) {
        this.db = db;
    }

    @Override
    public Workspace load() {
        return new Workspace(systems(), policies(), backupWindows(), cabMeetings(), freezes(), allReleases());
    }

    @Override
    public void merge(Workspace ws) {
        Jdbc.inTransaction(db, c -> {
            for (ProtectedSystem s : ws.systems()) {
                upsertSystem(c, s);
            }
            for (Policy p : ws.policies()) {
                PolicyRows.upsert(c, p);
            }
            for (BackupWindow w : ws.backupWindows()) {
                upsertWindow(c, w);
            }
            for (CabMeeting m : ws.cabMeetings()) {
                upsertMeeting(c, m);
            }
            for (Freeze f : ws.freezes()) {
                upsertFreeze(c, f);
            }
            for (Release r : ws.releases()) {
                upsertReleaseIgnoringVersion(c, r);
            }
            return null;
        });
    }

    private static void upsertSystem(Connection c, ProtectedSystem s) throws SQLException {
        if (update(c, "UPDATE systems SET owner = ?, tier = ?, description = ? WHERE name = ?", s.owner(), s.tier(), s.description(), s.name()) == 0) {
            update(c, "INSERT INTO systems (owner, tier, description, name) VALUES (?,?,?,?)", s.owner(), s.tier(), s.description(), s.name());
        }
    }

    private static void upsertWindow(Connection c, BackupWindow w) throws SQLException {
        delete(c, "DELETE FROM backup_windows WHERE name = ?", w.name());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO backup_windows (name, systems, environments, "
                + RecurrenceColumns.NAMES + ") VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, w.name());
            ps.setString(2, Jdbc.joinList(w.systems()));
            ps.setString(3, Jdbc.joinList(w.environments()));
            RecurrenceColumns.bind(ps, 4, w.when());
            ps.executeUpdate();
        }
        RecurrenceColumns.saveExtras(c, "backup_windows", "name", w.name(), w.when());
    }

    private static void upsertMeeting(Connection c, CabMeeting m) throws SQLException {
        delete(c, "DELETE FROM cab_meetings WHERE title = ?", m.title());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cab_meetings (title, " + RecurrenceColumns.NAMES + ") VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, m.title());
            RecurrenceColumns.bind(ps, 2, m.when());
            ps.executeUpdate();
        }
        RecurrenceColumns.saveExtras(c, "cab_meetings", "title", m.title(), m.when());
    }

    private static void upsertFreeze(Connection c, Freeze f) throws SQLException {
        delete(c, "DELETE FROM freezes WHERE name = ?", f.name());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO freezes (name, reason, environments, active_recovery, "
                + RecurrenceColumns.NAMES + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, f.name());
            ps.setString(2, f.reason());
            ps.setString(3, Jdbc.joinList(f.environments()));
            ps.setBoolean(4, f.activeRecovery());
            RecurrenceColumns.bind(ps, 5, f.when());
            ps.executeUpdate();
        }
        RecurrenceColumns.saveExtras(c, "freezes", "name", f.name(), f.when());
    }

    private static void upsertReleaseIgnoringVersion(Connection c, Release r) throws SQLException {
        long version = currentVersion(c, r.id()).orElse(0L);
        delete(c, "DELETE FROM releases WHERE id = ?", r.id());
        insertRelease(c, r, version + 1);
    }

    @Override
    public List<ProtectedSystem> systems() {
        return select("SELECT name, owner, tier, description FROM systems ORDER BY name",
                rs -> new ProtectedSystem(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
    }

    @Override
    public List<Policy> policies() {
        return select(PolicyRows.SELECT + " ORDER BY system_name, environment, effective_from", PolicyRows::map);
    }

    @Override
    public Optional<VersionedPolicy> policy(SystemEnv target, LocalDate effectiveFrom) {
        return Jdbc.query(db, c -> PolicyRows.read(c, target, effectiveFrom));
    }

    @Override
    public VersionedPolicy savePolicy(VersionedPolicy edited) {
        return Jdbc.inTransaction(db, c -> PolicyRows.save(c, edited));
    }

    @Override
    public List<BackupWindow> backupWindows() {
        return select("SELECT * FROM backup_windows ORDER BY name",
                rs -> new BackupWindow(rs.getString("name"), Jdbc.splitList(rs.getString("systems")),
                        Jdbc.splitList(rs.getString("environments")), RecurrenceColumns.read(rs)));
    }

    @Override
    public List<CabMeeting> cabMeetings() {
        return select("SELECT * FROM cab_meetings ORDER BY title", rs -> new CabMeeting(rs.getString("title"), RecurrenceColumns.read(rs)));
    }

    @Override
    public List<Freeze> freezes() {
        return select("SELECT * FROM freezes ORDER BY name",
                rs -> new Freeze(rs.getString("name"), rs.getString("reason"), Jdbc.splitList(rs.getString("environments")),
                        RecurrenceColumns.read(rs), rs.getBoolean("active_recovery")));
    }

    @Override
    public void saveFreeze(Freeze freeze) {
        Jdbc.inTransaction(db, c -> {
            upsertFreeze(c, freeze);
            return null;
        });
    }

    @Override
    public List<CalendarNote> calendarNotes() {
        return select("SELECT * FROM calendar_notes ORDER BY name", CalendarNoteRows::map);
    }

    @Override
    public void saveCalendarNotes(List<CalendarNote> notes) {
        Jdbc.inTransaction(db, c -> {
            for (CalendarNote n : notes) {
                CalendarNoteRows.upsert(c, n);
            }
            return null;
        });
    }

    @Override
    public void deleteFreeze(String name) {
        Jdbc.inTransaction(db, c -> delete(c, "DELETE FROM freezes WHERE name = ?", name));
    }

    @Override
    public Optional<Release> release(String id) {
        return Jdbc.query(db, c -> releaseIn(c, id));
    }

    private static Optional<Release> releaseIn(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RELEASE_COLUMNS + " FROM releases WHERE id = ?")) {
            ps.setString(1, id);
            return Jdbc.list(ps, JdbcWorkspaceRepository::mapRelease).stream().findFirst();
        }
    }

    private List<Release> allReleases() {
        return select("SELECT " + RELEASE_COLUMNS + " FROM releases ORDER BY window_start, id", JdbcWorkspaceRepository::mapRelease);
    }

    @Override
    public List<Release> releasesBetween(Instant from, Instant to) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RELEASE_COLUMNS
                    + " FROM releases WHERE window_start < ? AND window_end > ? ORDER BY window_start, id")) {
                ps.setObject(1, Jdbc.utc(to));
                ps.setObject(2, Jdbc.utc(from));
                return Jdbc.list(ps, JdbcWorkspaceRepository::mapRelease);
            }
        });
    }

    @Override
    public Release saveRelease(Release release) {
        return Jdbc.inTransaction(db, c -> {
            Optional<Long> stored = currentVersion(c, release.id());
            if (stored.isEmpty()) {
                insertRelease(c, release, 1);
                return release.withVersion(1);
            }
            int changed = update(c, "UPDATE releases SET title = ?, systems = ?, environments = ?, window_start = ?, window_end = ?, "
                            + "risk = ?, cab_approved_by = ?, cab_approved_at = ?, status = ?, version = ? WHERE id = ? AND version = ?",
                    release.title(), Jdbc.joinList(release.systems()), Jdbc.joinList(release.environments()),
                    Jdbc.utc(release.start()), Jdbc.utc(release.end()), release.risk().name(),
                    release.cab() == null ? null : release.cab().approvedBy(),
                    release.cab() == null ? null : Jdbc.utc(release.cab().approvedAt()),
                    release.status().name(), release.version() + 1, release.id(), release.version());
            if (changed == 0) {
                Release current = releaseIn(c, release.id()).orElse(null);
                throw new ConcurrentChangeException("release " + release.id() + " was changed by someone else (yours: version "
                        + release.version() + ", stored: version " + stored.get() + ")", current);
            }
            return release.withVersion(release.version() + 1);
        });
    }

    private static Optional<Long> currentVersion(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM releases WHERE id = ?")) {
            ps.setString(1, id);
            return Jdbc.list(ps, rs -> rs.getLong(1)).stream().findFirst();
        }
    }

    private static void insertRelease(Connection c, Release r, long version) throws SQLException {
        update(c, "INSERT INTO releases (" + RELEASE_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                r.id(), r.title(), Jdbc.joinList(r.systems()), Jdbc.joinList(r.environments()), Jdbc.utc(r.start()),
                Jdbc.utc(r.end()), r.risk().name(), r.cab() == null ? null : r.cab().approvedBy(),
                r.cab() == null ? null : Jdbc.utc(r.cab().approvedAt()), r.status().name(), version);
    }

    @Override
    public boolean isEmpty() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM systems"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
    }

    private static Release mapRelease(ResultSet rs) throws SQLException {
        String approver = rs.getString("cab_approved_by");
        CabApproval cab = approver == null ? null : new CabApproval(approver, Jdbc.instant(rs, "cab_approved_at"));
        return new Release(rs.getString("id"), rs.getString("title"), Jdbc.splitList(rs.getString("systems")),
                Jdbc.splitList(rs.getString("environments")), Jdbc.instant(rs, "window_start"), Jdbc.instant(rs, "window_end"),
                RiskClass.valueOf(rs.getString("risk")), cab, ReleaseStatus.valueOf(rs.getString("status")), rs.getLong("version"));
    }

    private <T> List<T> select(String sql, Jdbc.RowMapper<T> mapper) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return Jdbc.list(ps, mapper);
            }
        });
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static int delete(Connection c, String sql, Object... args) throws SQLException {
        return update(c, sql, args);
    }
}
