package io.drillbook.infra.workspace;

import io.drillbook.core.workspace.PinnedHostKey;
import io.drillbook.core.workspace.PinsAndSecretsStore;
import io.drillbook.core.workspace.SecretBinding;
import io.drillbook.core.workspace.SecretReference;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Pinned host keys and secret references (tables of V27); joins the caller's transaction. */
public final class JdbcPinsAndSecrets implements PinsAndSecretsStore {
    private final Database db;

    public JdbcPinsAndSecrets(Database db) {
        this.db = db;
    }

    @Override
    public List<PinnedHostKey> pins() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT host_name, port_number, fingerprint FROM pinned_host_keys ORDER BY host_name, port_number")) {
                return Jdbc.list(ps, rs -> new PinnedHostKey(rs.getString(1), rs.getInt(2), rs.getString(3)));
            }
        });
    }

    @Override
    public void pin(PinnedHostKey key) {
        Jdbc.inTransaction(db, c -> {
            unpin(c, key.host(), key.port());
            update(c, "INSERT INTO pinned_host_keys (host_name, port_number, fingerprint) VALUES (?,?,?)",
                    key.host(), key.port(), key.fingerprint());
            return null;
        });
    }

    /** Removes the pin of {@code host:port}; true if there was one. */
    @Override
    public boolean unpin(String host, int port) {
        return Jdbc.inTransaction(db, c -> unpin(c, host, port) > 0);
    }

    private static int unpin(Connection c, String host, int port) throws SQLException {
        return update(c, "DELETE FROM pinned_host_keys WHERE host_name = ? AND port_number = ?", host, port);
    }

    @Override
    public List<SecretBinding> secrets() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT profile_name, purpose, secret_ref FROM secret_references ORDER BY profile_name, purpose")) {
                return Jdbc.list(ps, rs -> new SecretBinding(rs.getString(1), SecretReference.Purpose.valueOf(rs.getString(2)),
                        SecretReference.parse(rs.getString(3))));
            }
        });
    }

    public Optional<SecretReference> secret(String profile, SecretReference.Purpose purpose) {
        return secrets().stream().filter(b -> b.profile().equals(profile) && b.purpose() == purpose)
                .map(SecretBinding::reference).findFirst();
    }

    public void bind(SecretBinding binding) {
        Jdbc.inTransaction(db, c -> {
            update(c, "DELETE FROM secret_references WHERE profile_name = ? AND purpose = ?", binding.profile(), binding.purpose().name());
            update(c, "INSERT INTO secret_references (profile_name, purpose, secret_ref) VALUES (?,?,?)",
                    binding.profile(), binding.purpose().name(), binding.reference().toString());
            return null;
        });
    }

    /** Forgets every secret reference of {@code profile} (when the profile is removed). */
    @Override
    public void unbindAll(String profile) {
        Jdbc.inTransaction(db, c -> update(c, "DELETE FROM secret_references WHERE profile_name = ?", profile));
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
