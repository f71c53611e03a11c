package io.drillbook.infra.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A new embedded store starts as a copy of the migrated template; an existing one is never touched. */
class SchemaTemplateTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreFromTheTemplateIsUpToDateAndHasTheSameTablesAsAMigratedOne() throws Exception {
        Path template = SchemaTemplate.writeTo(Files.createDirectories(dir.resolve("template")));
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        String url = Database.h2Url(fresh);

        assertThat(SchemaTemplate.seedNewStore(url, template.toUri().toURL())).isTrue();

        try (Database fromTemplate = Database.open(url); Database migrated = Database.embedded(Files.createDirectories(dir.resolve("migrated")))) {
            assertThat(MigrationCheck.upToDate(fromTemplate.dataSource())).isTrue();
            assertThat(tables(fromTemplate)).isNotEmpty().isEqualTo(tables(migrated));
        }
        try (var files = Files.list(fresh)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no partial copy left beside the store")
                    .noneMatch(n -> n.contains(".template-"));
        }
    }

    @Test
    void anExistingStoreIsNeverReplaced() throws Exception {
        Path template = SchemaTemplate.writeTo(Files.createDirectories(dir.resolve("template")));
        Path existing = Files.createDirectories(dir.resolve("existing"));
        Files.writeString(existing.resolve("drillbook.mv.db"), "not a template");

        assertThat(SchemaTemplate.seedNewStore(Database.h2Url(existing), template.toUri().toURL())).isFalse();
        assertThat(Files.readString(existing.resolve("drillbook.mv.db"))).isEqualTo("not a template");
    }

    @Test
    void onlyAbsoluteFilePathsAreSeeded() throws Exception {
        Path template = SchemaTemplate.writeTo(Files.createDirectories(dir.resolve("template")));
        assertThat(SchemaTemplate.fileOf("jdbc:h2:mem:x")).isNull();
        assertThat(SchemaTemplate.fileOf("jdbc:h2:file:./relative;MODE=PostgreSQL")).isNull();
        assertThat(SchemaTemplate.fileOf("jdbc:h2:file:/data/drillbook;MODE=PostgreSQL")).isEqualTo(Path.of("/data/drillbook.mv.db"));
        assertThat(SchemaTemplate.seedNewStore("jdbc:h2:mem:x", template.toUri().toURL())).isFalse();
        assertThat(SchemaTemplate.seedNewStore(Database.h2Url(dir.resolve("missing-folder")), template.toUri().toURL())).isFalse();
        assertThat(SchemaTemplate.seedNewStore(Database.h2Url(dir), null)).as("no template shipped").isFalse();
    }

    private static List<String> tables(Database db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
