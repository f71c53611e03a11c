package io.drillbook.app;

import io.drillbook.app.settings.Connectors;
import io.drillbook.app.platform.AppConfig;
import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.settings.SettingsService;
import io.drillbook.core.team.AccessDeniedException;
import io.drillbook.core.team.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Profile changes need the right to edit profiles, and each one is evidence. */
class SettingsServiceAccessTest {
    @TempDir
    Path dir;
    AppContext ctx;
    Connectors connectors;

    @BeforeEach
    void open() {
        ctx = new AppContext(new AppConfig(dir, null, "admin"), Clock.systemUTC());
        connectors = ctx.settings().connectors(HostKeyDecision.REJECT, SecretPrompt.NONE);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    SettingsService as(String user) {
        return new SettingsService(connectors.profiles(), connectors.storageProfiles(), connectors.knownHosts(),
                ctx.settings().refreshSources(), ctx.platform().accessPolicy(), ctx.platform().evidenceLog(), () -> user);
    }

    ConnectionProfile profile() {
        return ConnectionProfile.ssh("db1", "db1.internal", 22, "backup", AuthMethod.KEY, Path.of("/home/backup/.ssh/id_ed25519"));
    }

    @Test
    void viewerMayNotChangeProfilesAndTheRefusalIsEvidence() {
        ctx.team().roleAdministration().grant("admin", "vera", Role.VIEWER);

        assertThatThrownBy(() -> as("vera").saveConnection(profile())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("change connection profiles");
        assertThat(ctx.settings().connectionProfiles().all()).isEmpty();
        assertThat(ctx.platform().evidenceRepository().find(EvidenceQuery.all(10).withKindPrefix("access.denied"))).hasSize(1);
    }

    @Test
    void adminChangesAreRecordedAsCreatedUpdatedAndDeleted() {
        SettingsService admin = as("admin");
        admin.saveConnection(profile());
        admin.saveConnection(profile().withJumpProfile("bastion"));
        assertThat(admin.deleteConnection("db1")).isTrue();

        assertThat(ctx.platform().evidenceRepository().find(EvidenceQuery.all(10).withKindPrefix("profile.connection.")))
                .extracting(e -> e.kind())
                .containsExactly("profile.connection.deleted", "profile.connection.updated", "profile.connection.created");
    }
}
