package io.drillbook.infra.db;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.StorageProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Connection and storage profiles in a real H2 file database, migrated by Flyway (V2). */
class JdbcProfileRepositoriesTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.embedded(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void connectionProfileSurvivesAReopenWithEveryField() {
        ConnectionProfile sandbox = new ConnectionProfile("sandbox", io.drillbook.core.connect.ConnectionKind.SSH,
                "drill-sandbox.internal", 2222, "drill", AuthMethod.KEY, Path.of("/home/op/.ssh/id_ed25519"), "bastion",
                Duration.ofSeconds(7), Duration.ofMinutes(45), Duration.ofSeconds(20));
        new JdbcConnectionProfileRepository(db).save(sandbox);
        db.close();
        db = Database.embedded(dir);

        assertThat(new JdbcConnectionProfileRepository(db).find("sandbox")).contains(sandbox);
    }

    @Test
    void savingAgainUpdatesInPlaceAndDeleteRemoves() {
        JdbcConnectionProfileRepository repo = new JdbcConnectionProfileRepository(db);
        repo.save(ConnectionProfile.ssh("db1", "db1.internal", 22, "ops", AuthMethod.PASSWORD, null));
        repo.save(ConnectionProfile.ssh("db1", "db1.internal", 2200, "ops", AuthMethod.AGENT, null));
        repo.save(ConnectionProfile.local("here"));

        assertThat(repo.all()).extracting(ConnectionProfile::name).containsExactly("db1", "here");
        assertThat(repo.find("db1")).get().extracting(ConnectionProfile::port, ConnectionProfile::auth)
                .containsExactly(2200, AuthMethod.AGENT);
        assertThat(repo.delete("db1")).isTrue();
        assertThat(repo.delete("db1")).isFalse();
        assertThat(repo.find("db1")).isEmpty();
    }

    @Test
    void storageProfileRoundTrips() {
        JdbcStorageProfileRepository repo = new JdbcStorageProfileRepository(db);
        StorageProfile minio = new StorageProfile("minio", "eu-central-1", "backup-reader", URI.create("http://minio:9000"),
                true, "backups", "shop/", "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump");
        StorageProfile aws = new StorageProfile("aws", null, null, null, false, "prod-backups", null, null);
        repo.save(minio);
        repo.save(aws);

        assertThat(repo.find("minio")).contains(minio);
        assertThat(repo.find("aws")).contains(aws);
        assertThat(repo.all()).hasSize(2);
    }

    @Test
    void noColumnCouldHoldASecret() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = db.connection();
             ResultSet rs = c.getMetaData().getColumns(null, null, "%_profiles", null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        assertThat(columns).isNotEmpty().noneMatch(name -> name.matches(".*(password|passphrase|secret|token|credential).*"));
    }
}
