package io.drillbook.core.team;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link RoleRepository} does; the fake and the JDBC adapter run these tests. */
public abstract class RoleRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    protected Path dir;
    protected RoleRepository repo;

    protected abstract RoleRepository newRepository();

    protected void closeRepository() {
    }

    @BeforeEach
    void openRepository() {
        repo = newRepository();
    }

    @AfterEach
    void closeIt() {
        closeRepository();
    }

    @Test
    void grantingTwiceChangesNothingAndRevokingTellsWhetherItWasHeld() {
        assertThat(repo.grant("bob", Role.DRILL_OPERATOR, "alice", T0)).isTrue();
        assertThat(repo.grant("bob", Role.DRILL_OPERATOR, "alice", T0)).isFalse();
        assertThat(repo.grant("bob", Role.VIEWER, "alice", T0)).isTrue();
        assertThat(repo.rolesOf("bob")).containsExactlyInAnyOrder(Role.DRILL_OPERATOR, Role.VIEWER);
        assertThat(repo.revoke("bob", Role.VIEWER)).isTrue();
        assertThat(repo.revoke("bob", Role.VIEWER)).isFalse();
        assertThat(repo.rolesOf("bob")).containsExactly(Role.DRILL_OPERATOR);
        assertThat(repo.rolesOf("nobody")).isEmpty();
    }

    @Test
    void everyUserWithARoleIsListedByNameAndCounted() {
        repo.grant("carol", Role.ADMIN, "carol", T0);
        repo.grant("alice", Role.ADMIN, "carol", T0);
        repo.grant("alice", Role.RELEASE_MANAGER, "carol", T0);
        repo.grant("bob", Role.VIEWER, "carol", T0);
        repo.revoke("bob", Role.VIEWER);
        assertThat(repo.all()).containsOnlyKeys("alice", "carol");
        assertThat(repo.all().keySet()).containsExactly("alice", "carol");
        assertThat(repo.all().get("alice")).isEqualTo(Set.of(Role.ADMIN, Role.RELEASE_MANAGER));
        assertThat(repo.countWith(Role.ADMIN)).isEqualTo(2);
        assertThat(repo.countWith(Role.VIEWER)).isZero();
    }

    @Test
    void theFirstAdminPlaceIsClaimedOnce() {
        assertThat(repo.claimFirstAdmin("alice", T0)).isTrue();
        assertThat(repo.claimFirstAdmin("bob", T0.plusSeconds(1))).isFalse();
        assertThat(repo.claimFirstAdmin("alice", T0.plusSeconds(2))).isFalse();
    }
}
