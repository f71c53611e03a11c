package io.drillbook.infra.db;

import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.connect.StorageProfileRepository;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Storage profiles in H2 or PostgreSQL. Holds no credentials because profiles have none. */
public final class JdbcStorageProfileRepository implements StorageProfileRepository {
    private static final String COLUMNS = "region, aws_profile, endpoint, path_style, bucket, key_prefix, naming_rule, name";

    private final Database db;

    public JdbcStorageProfileRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(StorageProfile p) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE storage_profiles SET region = ?, aws_profile = ?, "
                    + "endpoint = ?, path_style = ?, bucket = ?, key_prefix = ?, naming_rule = ? WHERE name = ?")) {
                bind(update, p);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO storage_profiles (" + COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?)")) {
                bind(insert, p);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, StorageProfile p) throws SQLException {
        ps.setString(1, p.region());
        ps.setString(2, p.awsProfile());
        ps.setString(3, p.endpoint() == null ? null : p.endpoint().toString());
        ps.setBoolean(4, p.pathStyle());
        ps.setString(5, p.bucket());
        ps.setString(6, p.prefix());
        ps.setString(7, p.namingRule());
        ps.setString(8, p.name());
    }

    @Override
    public Optional<StorageProfile> find(String name) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM storage_profiles WHERE name = ?")) {
                ps.setString(1, name);
                return Jdbc.list(ps, JdbcStorageProfileRepository::map).stream().findFirst();
            }
        });
    }

    @Override
    public List<StorageProfile> all() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM storage_profiles ORDER BY name")) {
                return Jdbc.list(ps, JdbcStorageProfileRepository::map);
            }
        });
    }

    @Override
    public boolean delete(String name) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM storage_profiles WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static StorageProfile map(ResultSet rs) throws SQLException {
        String endpoint = rs.getString("endpoint");
        return new StorageProfile(rs.getString("name"), rs.getString("region"), rs.getString("aws_profile"),
                endpoint == null ? null : URI.create(endpoint), rs.getBoolean("path_style"), rs.getString("bucket"),
                rs.getString("key_prefix"), rs.getString("naming_rule"));
    }
}
