package io.drillbook.infra.workspace;

import io.drillbook.infra.demo.DemoAssets;
import io.drillbook.core.workspace.Workspace;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceYamlTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void demoWorkspaceRoundTripsWithoutLoss() {
        Workspace demo = DemoAssets.workspace(CLOCK);
        String yaml = WorkspaceYaml.write(demo);
        Workspace back = WorkspaceYaml.read(yaml, "demo.yaml");
        assertThat(back.systems()).containsExactlyElementsOf(demo.systems());
        assertThat(back.policies()).containsExactlyInAnyOrderElementsOf(demo.policies());
        assertThat(back.backupWindows()).containsExactlyElementsOf(demo.backupWindows());
        assertThat(back.cabMeetings()).containsExactlyElementsOf(demo.cabMeetings());
        assertThat(back.freezes()).containsExactlyElementsOf(demo.freezes());
        assertThat(back.releases()).containsExactlyElementsOf(demo.releases());
        assertThat(WorkspaceYaml.write(back)).isEqualTo(yaml);
    }

    @Test
    void readsTheDesignDocumentsExample() {
        String yaml = """
                systems:
                  - name: shop
                    owner: alice
                    tier: 1
                    environments:
                      prod:    { rpo: PT24H, rto: PT4H, drillEvery: P90D }
                      staging: { rpo: P7D,   rto: PT8H, drillEvery: P180D }
                backupWindows:
                  - name: Nightly shop backup
                    systems: [shop]
                    environments: [prod]
                    start: 2026-10-20T01:00:00
                    duration: PT2H
                    timeZone: Europe/Berlin
                    rrule: FREQ=DAILY
                    exdates: [2026-12-31T01:00:00]
                releases:
                  - id: REL-1042
                    title: shop-api 4.12.0
                    systems: [shop]
                    environments: [prod]
                    start: 2026-12-02T03:00:00Z
                    end: 2026-12-02T05:00:00Z
                    risk: normal
                    cab: { approvedBy: carol, approvedAt: 2026-11-24T10:00:00Z }
                """;
        Workspace ws = WorkspaceYaml.read(yaml, "workspace.yaml");
        assertThat(ws.policies()).hasSize(2);
        assertThat(ws.backupWindows().get(0).when().exdates()).hasSize(1);
        assertThat(ws.releases().get(0).cab().approvedBy()).isEqualTo("carol");
    }

    @Test
    void unknownKeyNamesFileLineColumnAndTheKnownKeys() {
        String yaml = "systems:\n  - name: shop\n    owner: alice\n    tier: 1\n    environments:\n      prod: { rpo: PT1H, rpoo: PT24H, rto: PT4H, drillEvery: P90D }\n";
        assertThatThrownBy(() -> WorkspaceYaml.read(yaml, "ws.yaml"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("ws.yaml:6:")
                .hasMessageContaining("unknown key 'rpoo'")
                .hasMessageContaining("known: ");
    }

    @Test
    void misspelledRequiredKeyIsReportedAsMissingAtItsLine() {
        String yaml = "systems:\n  - name: shop\n    owner: alice\n    tier: 1\n    environments:\n      prod: { rpoo: PT24H, rto: PT4H, drillEvery: P90D }\n";
        assertThatThrownBy(() -> WorkspaceYaml.read(yaml, "ws.yaml"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("ws.yaml:6:")
                .hasMessageContaining("missing required field 'rpo'");
    }

    @Test
    void badDurationNamesTheLine() {
        String yaml = "systems:\n  - name: shop\n    owner: alice\n    tier: 1\n    environments:\n      prod: { rpo: daily, rto: PT4H, drillEvery: P90D }\n";
        assertThatThrownBy(() -> WorkspaceYaml.read(yaml, "ws.yaml"))
                .isInstanceOf(FileFormatException.class)
                .satisfies(e -> assertThat(((FileFormatException) e).line()).isEqualTo(6))
                .hasMessageContaining("daily");
    }

    @Test
    void missingFieldIsNamed() {
        String yaml = "systems:\n  - name: shop\n    tier: 1\n";
        assertThatThrownBy(() -> WorkspaceYaml.read(yaml, "ws.yaml"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("ws.yaml:")
                .hasMessageContaining("owner");
    }

    @Test
    void releaseOfASystemTheFileDoesNotDefineIsLeftForTheImportToCheckAgainstTheStore() {
        String yaml = "releases:\n  - id: R1\n    systems: [shop]\n    environments: [prod]\n    start: 2026-12-02T03:00:00Z\n"
                + "    end: 2026-12-02T05:00:00Z\n    risk: standard\n";
        assertThat(WorkspaceYaml.read(yaml, "ws.yaml").releases()).hasSize(1);
    }

    @Test
    void releaseEndingBeforeItStartsIsAnErrorWithItsLine() {
        String yaml = "systems:\n  - {name: shop, owner: a, tier: 1}\nreleases:\n  - id: R1\n    systems: [shop]\n    environments: [prod]\n"
                + "    start: 2026-12-02T05:00:00Z\n    end: 2026-12-02T03:00:00Z\n    risk: standard\n";
        assertThatThrownBy(() -> WorkspaceYaml.read(yaml, "ws.yaml")).hasMessageContaining("must end after it starts");
    }
}
