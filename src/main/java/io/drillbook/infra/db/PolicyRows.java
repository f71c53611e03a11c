package io.drillbook.infra.db;

import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.ConcurrentChangeException;
import io.drillbook.core.workspace.VersionedPolicy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** The {@code policies} table, each row with the version optimistic locking checks. */
final class PolicyRows {
    static final String SELECT = "SELECT system_name, environment, effective_from, rpo_seconds, rto_seconds, drill_every, "
            + "pre_release_age_seconds, warn_share, version FROM policies";
    private static final String WHERE_KEY = " WHERE system_name = ? AND environment = ? AND effective_from = ?";

    private PolicyRows() {
    }

    /** Adds or replaces without a version check (workspace import), counting the change. */
    static void upsert(Connection c, Policy p) throws SQLException {
        if (update(c, p, "UPDATE policies SET rpo_seconds = ?, rto_seconds = ?, drill_every = ?, pre_release_age_seconds = ?, "
                + "warn_share = ?, version = version + 1" + WHERE_KEY) == 0) {
            insert(c, p);
        }
    }

    static VersionedPolicy save(Connection c, VersionedPolicy edited) throws SQLException {
        Policy p = edited.policy();
        Optional<VersionedPolicy> stored = read(c, p.target(), p.effectiveFrom());
        boolean accepted = edited.version() == 0 ? stored.isEmpty()
                : update(c, p, "UPDATE policies SET rpo_seconds = ?, rto_seconds = ?, drill_every = ?, pre_release_age_seconds = ?, "
                + "warn_share = ?, version = version + 1" + WHERE_KEY + " AND version = " + edited.version()) == 1;
        if (!accepted) {
            throw new ConcurrentChangeException("policy of " + p.target() + " from " + p.effectiveFrom()
                    + " was changed by someone else (yours: version " + edited.version() + ", stored: "
                    + stored.map(s -> "version " + s.version()).orElse("none") + ")", stored.orElse(null));
        }
        if (edited.version() == 0) {
            insert(c, p);
        }
        return new VersionedPolicy(p, edited.version() + 1);
    }

    static Optional<VersionedPolicy> read(Connection c, SystemEnv target, LocalDate from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + WHERE_KEY)) {
            ps.setString(1, target.system());
            ps.setString(2, target.environment());
            ps.setObject(3, from);
            return Jdbc.list(ps, rs -> new VersionedPolicy(map(rs), rs.getLong("version"))).stream().findFirst();
        }
    }

    static Policy map(ResultSet rs) throws SQLException {
        return new Policy(new SystemEnv(rs.getString("system_name"), rs.getString("environment")),
                rs.getObject("effective_from", LocalDate.class),
                Duration.ofSeconds(rs.getLong("rpo_seconds")), Duration.ofSeconds(rs.getLong("rto_seconds")),
                Period.parse(rs.getString("drill_every")), Duration.ofSeconds(rs.getLong("pre_release_age_seconds")),
                rs.getDouble("warn_share"));
    }

    private static int update(Connection c, Policy p, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, p.rpo().getSeconds());
            ps.setLong(2, p.rto().getSeconds());
            ps.setString(3, p.drillEvery().toString());
            ps.setLong(4, p.preReleaseBackupAge().getSeconds());
            ps.setDouble(5, p.warnShare());
            ps.setString(6, p.target().system());
            ps.setString(7, p.target().environment());
            ps.setObject(8, p.effectiveFrom());
            return ps.executeUpdate();
        }
    }

    private static void insert(Connection c, Policy p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policies (rpo_seconds, rto_seconds, drill_every, "
                + "pre_release_age_seconds, warn_share, system_name, environment, effective_from, version) VALUES (?,?,?,?,?,?,?,?,1)")) {
            ps.setLong(1, p.rpo().getSeconds());
            ps.setLong(2, p.rto().getSeconds());
            ps.setString(3, p.drillEvery().toString());
            ps.setLong(4, p.preReleaseBackupAge().getSeconds());
            ps.setDouble(5, p.warnShare());
            ps.setString(6, p.target().system());
            ps.setString(7, p.target().environment());
            ps.setObject(8, p.effectiveFrom());
            ps.executeUpdate();
        }
    }
}
