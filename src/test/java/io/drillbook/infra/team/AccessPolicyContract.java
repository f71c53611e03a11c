package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.team.AccessDeniedException;
import io.drillbook.core.team.AccessPolicy;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Role;
import io.drillbook.core.team.RoleAdministration;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Roles on a shared workspace (two consoles) and on an embedded one; H2 and PostgreSQL subclasses. */
abstract class AccessPolicyContract {
    @TempDir
    Path dir;
    TwoConsoles consoles;
    EvidenceLog evidence;
    JdbcRoleRepository roles;
    AccessPolicy shared;
    RoleAdministration admin;

    abstract FreshDatabases.Kind kind();

    @BeforeEach
    void open() {
        consoles = new TwoConsoles(kind(), dir);
        evidence = new EvidenceLog(new JdbcEvidenceRepository(consoles.first), Clock.systemUTC(), () -> "console");
        roles = new JdbcRoleRepository(consoles.first);
        shared = new AccessPolicy(roles, evidence, Clock.systemUTC(), true);
        admin = new RoleAdministration(roles, shared, evidence, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        consoles.close();
    }

    @Test
    void firstUserOfASharedWorkspaceIsAdminAndTheNextAViewer() {
        AccessPolicy othersConsole = new AccessPolicy(new JdbcRoleRepository(consoles.second), evidence, Clock.systemUTC(), true);
        assertThat(shared.enrol("alice")).containsExactly(Role.ADMIN);
        assertThat(othersConsole.enrol("bob")).containsExactly(Role.VIEWER);
        assertThat(shared.enrol("alice")).containsExactly(Role.ADMIN);
    }

    @Test
    void localOperatorOfAnEmbeddedWorkspaceIsAdmin() {
        AccessPolicy embedded = new AccessPolicy(roles, evidence, Clock.systemUTC(), false);
        assertThat(embedded.enrol("dave")).containsExactly(Role.ADMIN);
        assertThat(embedded.permits("dave", Action.EDIT_POLICIES)).isTrue();
    }

    @Test
    void viewerMayReadButNotRunPlaybooksAndTheRefusalIsEvidence() {
        shared.enrol("alice");
        shared.enrol("bob");
        shared.require("bob", Action.EXPORT);
        assertThatThrownBy(() -> shared.require("bob", Action.RUN_PLAYBOOK))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("bob may not run rollback playbooks (roles: viewer); it needs one of: incident-commander, admin");
        List<EvidenceEvent> denied = evidence.repository().find(EvidenceQuery.all(5).withKindPrefix("access.denied"));
        assertThat(denied).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("bob");
            assertThat(e.payload()).isEqualTo("{\"action\":\"run_playbook\",\"roles\":[\"viewer\"]}");
        });
        assertThat(evidence.verify().isIntact()).isTrue();
    }

    @Test
    void grantedRoleAllowsItsActionsOnly() {
        shared.enrol("alice");
        shared.enrol("bob");
        assertThat(admin.grant("alice", "bob", Role.DRILL_OPERATOR)).isTrue();
        assertThat(shared.permits("bob", Action.RUN_DRILL)).isTrue();
        assertThat(shared.permits("bob", Action.WAIVE_GATE)).isFalse();
        assertThat(admin.list("bob")).containsEntry("bob", Set.of(Role.VIEWER, Role.DRILL_OPERATOR));
        assertThat(evidence.repository().find(EvidenceQuery.all(1).withKindPrefix("role.granted")))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("alice"));
    }

    @Test
    void onlyAdminsGrantAndTheLastAdminStays() {
        shared.enrol("alice");
        shared.enrol("bob");
        assertThatThrownBy(() -> admin.grant("bob", "bob", Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.revoke("alice", "alice", Role.ADMIN)).hasMessageContaining("only admin");
        admin.grant("alice", "bob", Role.ADMIN);
        assertThat(admin.revoke("bob", "alice", Role.ADMIN)).isTrue();
        assertThat(shared.permits("alice", Action.MANAGE_ROLES)).isFalse();
    }
}
