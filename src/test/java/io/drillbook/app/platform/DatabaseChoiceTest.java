package io.drillbook.app.platform;

import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.JdbcDatabaseProbe;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import io.drillbook.ui.settings.DatabaseViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choosing a shared database in Settings: tested first, remembered without any password. */
class DatabaseChoiceTest {
    @TempDir
    Path dataDir;

    private DatabaseViewModel model() {
        return new DatabaseViewModel(new JdbcDatabaseProbe(), SecretPrompt.NONE, new DatabaseChoice(dataDir)::use,
                new CurrentThreadTaskRunner());
    }

    @Test
    void testingAReachableDatabaseNamesTheServer() {
        DatabaseViewModel model = model();
        model.urlProperty().set(Database.h2Url(dataDir.resolve("other")));
        model.test();
        assertThat(model.resultProperty().get()).startsWith("OK: H2");
    }

    @Test
    void testingAnUnreachableServerSaysWhy() {
        DatabaseViewModel model = model();
        model.urlProperty().set("jdbc:postgresql://127.0.0.1:1/drillbook?user=nobody&connectTimeout=2");
        model.test();
        assertThat(model.resultProperty().get()).startsWith("FAILED: ").containsIgnoringCase("connect");
    }

    @Test
    void theChosenUrlIsUsedAtTheNextStartAndNeverWithAPassword() throws Exception {
        DatabaseViewModel model = model();
        model.urlProperty().set("jdbc:postgresql://db.example.com/drillbook?user=alice&password=hunter2");
        model.useAtNextStart();
        assertThat(model.resultProperty().get()).startsWith("Not saved").contains("never stores");
        assertThat(new DatabaseChoice(dataDir).url()).isEmpty();

        model.urlProperty().set("jdbc:postgresql://db.example.com/drillbook?user=alice");
        model.useAtNextStart();
        assertThat(AppConfig.of(dataDir.toString(), null).jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com/drillbook?user=alice");
        assertThat(AppConfig.of(dataDir.toString(), "jdbc:h2:mem:x").jdbcUrl()).as("--db wins").isEqualTo("jdbc:h2:mem:x");
        assertThat(Files.readString(dataDir.resolve(DatabaseChoice.FILE))).doesNotContain("hunter2");

        model.urlProperty().set("");
        model.useAtNextStart();
        assertThat(AppConfig.of(dataDir.toString(), null).jdbcUrl()).isNull();
    }

    @Test
    void aPasswordInTheUrlIsRefused() {
        assertThatThrownBy(() -> new DatabaseChoice(dataDir).use("jdbc:postgresql://h/d?password=x")).hasMessageContaining("never stores");
    }

    @Test
    void testingTheSharedPostgresServer() {
        String url = FreshDatabases.requirePostgresUrl();
        DatabaseViewModel model = model();
        model.urlProperty().set(url);
        model.test();
        assertThat(model.resultProperty().get()).startsWith("OK: PostgreSQL");
    }
}
