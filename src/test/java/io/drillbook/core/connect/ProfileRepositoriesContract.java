package io.drillbook.core.connect;

import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.core.inventory.RefreshSourceRepository;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connection profiles, storage profiles and refresh sources: kept by name, replaced by name, listed
 * by name. The fakes and the JDBC adapters run these tests.
 */
public abstract class ProfileRepositoriesContract {
    @TempDir
    protected Path dir;
    protected ConnectionProfileRepository connections;
    protected StorageProfileRepository storage;
    protected RefreshSourceRepository sources;

    /** Sets the three repositories on one fresh store. */
    protected abstract void open();

    protected void close() {
    }

    @BeforeEach
    void openStore() {
        open();
    }

    @AfterEach
    void closeStore() {
        close();
    }

    @Test
    void connectionProfilesAreKeptReplacedAndDeletedByName() {
        connections.save(ConnectionProfile.local("z-local"));
        ConnectionProfile sandbox = ConnectionProfile.ssh("drill-sandbox", "sandbox.internal", 22, "drill", AuthMethod.AGENT, null);
        connections.save(sandbox);
        ConnectionProfile moved = ConnectionProfile.ssh("drill-sandbox", "sandbox2.internal", 2222, "drill", AuthMethod.AGENT, null);
        connections.save(moved);
        assertThat(connections.all()).extracting(ConnectionProfile::name).containsExactly("drill-sandbox", "z-local");
        assertThat(connections.find("drill-sandbox")).hasValueSatisfying(p -> {
            assertThat(p.host()).isEqualTo("sandbox2.internal");
            assertThat(p.port()).isEqualTo(2222);
        });
        assertThat(connections.delete("drill-sandbox")).isTrue();
        assertThat(connections.delete("drill-sandbox")).isFalse();
        assertThat(connections.find("drill-sandbox")).isEmpty();
    }

    @Test
    void storageProfilesRoundTripWhole() {
        StorageProfile backups = new StorageProfile("backups", "eu-central-1", null, URI.create("http://127.0.0.1:9000"), true,
                "backups", "shop/prod/", "{system}/{environment}/{completed}.dump");
        storage.save(backups);
        storage.save(new StorageProfile("archive", null, null, null, false, "archive", null, null));
        assertThat(storage.find("backups")).contains(backups);
        assertThat(storage.all()).extracting(StorageProfile::name).containsExactly("archive", "backups");
        assertThat(storage.delete("archive")).isTrue();
        assertThat(storage.all()).containsExactly(backups);
    }

    @Test
    void refreshSourcesRoundTripWhole() {
        RefreshSource restic = RefreshSource.command("shop-restic", "local", "restic snapshots --json", "restic",
                new SystemEnv("shop", "prod"), Duration.ofMinutes(60));
        RefreshSource s3 = RefreshSource.s3("objects", "backups", "{system}/{environment}/{completed}.dump", Duration.ZERO);
        sources.save(restic);
        sources.save(s3);
        assertThat(sources.find("shop-restic")).contains(restic);
        assertThat(sources.all()).containsExactly(s3, restic);
        assertThat(sources.delete("nothing")).isFalse();
    }
}
