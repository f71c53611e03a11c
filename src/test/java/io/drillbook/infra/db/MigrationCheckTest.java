package io.drillbook.infra.db;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** A start on an up-to-date store skips Flyway; anything less runs it. */
class MigrationCheckTest {
    @TempDir
    Path dir;

    @Test
    void listsTheShippedScriptsAsFlywayNumbersThem() {
        assertThat(MigrationCheck.shipped()).contains("1", "2", "10", "29").doesNotContain("", "V1");
    }

    @Test
    void anEmptyStoreIsNotUpToDateAMigratedOneIsAndOneMissingAScriptIsNot() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL(url);
        plain.setUser("sa");
        assertThat(MigrationCheck.upToDate(plain)).isFalse();
        try (Database db = Database.open(url)) {
            assertThat(MigrationCheck.upToDate(db.dataSource())).isTrue();
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '29'");
            }
            assertThat(MigrationCheck.upToDate(db.dataSource())).isFalse();
        }
    }
}
