package io.drillbook.infra.db;

import io.drillbook.core.evidence.Ed25519;
import io.drillbook.core.evidence.PublicSigningKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The workspace's public signing keys ({@code evidence_signing_keys}): every member can check signatures with them. */
public final class JdbcSigningKeys {
    private final Database db;

    public JdbcSigningKeys(Database db) {
        this.db = db;
    }

    public List<PublicSigningKey> all() {
        return Jdbc.query(db, JdbcSigningKeys::all);
    }

    static List<PublicSigningKey> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT key_id, public_key, registered_by, registered_at FROM evidence_signing_keys ORDER BY registered_at, key_id")) {
            return Jdbc.list(ps, JdbcSigningKeys::map);
        }
    }

    public boolean contains(String keyId) {
        return all().stream().anyMatch(k -> k.keyId().equals(keyId));
    }

    /** Stores the key unless it is already there; returns whether it was added. Joins an open {@link Jdbc#inOneTransaction}. */
    public boolean register(PublicSigningKey key) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM evidence_signing_keys WHERE key_id = ?")) {
                ps.setString(1, key.keyId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_signing_keys "
                    + "(key_id, algorithm, public_key, registered_by, registered_at) VALUES (?,?,?,?,?)")) {
                ps.setString(1, key.keyId());
                ps.setString(2, Ed25519.ALGORITHM);
                ps.setString(3, key.publicKey());
                ps.setString(4, key.registeredBy());
                ps.setObject(5, Jdbc.utc(key.registeredAt()));
                ps.executeUpdate();
            }
            return true;
        });
    }

    private static PublicSigningKey map(ResultSet rs) throws SQLException {
        return new PublicSigningKey(rs.getString("key_id").trim(), rs.getString("public_key"), rs.getString("registered_by"),
                Jdbc.instant(rs, "registered_at"));
    }
}
