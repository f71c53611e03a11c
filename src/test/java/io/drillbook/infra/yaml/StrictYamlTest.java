package io.drillbook.infra.yaml;

import io.drillbook.core.inventory.ImportException;
import io.drillbook.infra.drill.DrillPlanYaml;
import io.drillbook.infra.importers.MappingFileReader;
import io.drillbook.infra.playbook.PlaybookYaml;
import io.drillbook.infra.workspace.FileFormatException;
import io.drillbook.infra.workspace.WorkspaceYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every YAML file Drillbook reads follows the same rules, with file:line:column. */
class StrictYamlTest {
    private static final String PLAN = "drill: p\nsystem: shop\nenvironment: prod\ntarget: local\nbackup: { pick: latest }\n"
            + "steps:\n  - { name: one, run: 'true' }\n";

    @TempDir
    Path dir;

    @Test
    void anAliasIsRefusedAtItsLineInsteadOfStoredAsTheAnchorNameAndAnAnchorAloneKeepsItsValue() {
        String yaml = "systems:\n  - { name: shop, owner: &o alice, tier: 1 }\n  - { name: auth, owner: *o, tier: 1 }\n";
        assertThatThrownBy(() -> WorkspaceYaml.read(yaml, "ws.yaml"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("ws.yaml:3:26: alias '*o'")
                .hasMessageContaining("write the value out");
        String anchorOnly = "systems:\n  - { name: shop, owner: &o alice, tier: 1 }\n";
        assertThat(WorkspaceYaml.read(anchorOnly, "ws.yaml").systems().get(0).owner()).isEqualTo("alice");
    }

    @Test
    void aMergeKeyIsRefusedToo() {
        String yaml = "systems:\n  - &base { name: shop, owner: alice, tier: 1 }\n  - { <<: *base, name: auth }\n";
        assertThatThrownBy(() -> WorkspaceYaml.read(yaml, "ws.yaml")).hasMessageStartingWith("ws.yaml:2:")
                .hasMessageContaining("anchors and aliases are not read");
    }

    @Test
    void duplicateKeysAreRefusedInEveryFile() throws Exception {
        assertThatThrownBy(() -> WorkspaceYaml.read("systems:\n  - { name: shop, owner: a, owner: b, tier: 1 }\n", "ws.yaml"))
                .hasMessageStartingWith("ws.yaml:2:").hasMessageContaining("owner");
        assertThatThrownBy(() -> DrillPlanYaml.read(PLAN + "system: other\n", "plan.yaml"))
                .hasMessageStartingWith("plan.yaml:8:").hasMessageContaining("system");
        Path mapping = Files.writeString(dir.resolve("m.yaml"), "mappings:\n  - { stanza: shop, system: shop, system: x, env: prod }\n");
        assertThatThrownBy(() -> new MappingFileReader().read(mapping)).isInstanceOf(ImportException.class)
                .hasMessageContaining("m.yaml:2:").hasMessageContaining("system");
    }

    @Test
    void aSecondDocumentIsTrailingContent() {
        assertThatThrownBy(() -> WorkspaceYaml.read("systems: []\n---\nsystems: []\n", "ws.yaml"))
                .isInstanceOf(FileFormatException.class).hasMessageStartingWith("ws.yaml:");
        assertThatThrownBy(() -> DrillPlanYaml.read(PLAN + "---\ndrill: q\n", "plan.yaml"))
                .hasMessageStartingWith("plan.yaml:");
    }

    @Test
    void aliasesAreRefusedInPlansPlaybooksAndMappings() throws Exception {
        assertThatThrownBy(() -> DrillPlanYaml.read(PLAN.replace("environment: prod", "environment: *s"), "plan.yaml"))
                .hasMessageStartingWith("plan.yaml:3:14: alias '*s'");
        String playbook = Files.readString(Path.of("src/test/resources/playbook/rollback-shop.yaml"));
        assertThat(PlaybookYaml.read(playbook, "pb.yaml")).isNotNull();
        assertThatThrownBy(() -> PlaybookYaml.read(playbook + "x: *nothing\n", "pb.yaml"))
                .hasMessageStartingWith("pb.yaml:" + (playbook.lines().count() + 1) + ":").hasMessageContaining("alias '*nothing'");
        Path mapping = Files.writeString(dir.resolve("m.yaml"), "mappings:\n  - { stanza: &s shop, system: *s, env: prod }\n");
        assertThatThrownBy(() -> new MappingFileReader().read(mapping)).isInstanceOf(ImportException.class)
                .hasMessageContaining("m.yaml:2:").hasMessageContaining("alias '*s'");
    }

    @Test
    void unknownKeysAreRefusedInMappingsAsInTheOtherFiles() throws Exception {
        Path mapping = Files.writeString(dir.resolve("m.yaml"), "mappings:\n  - { stanza: shop, sytem: shop, env: prod }\n");
        assertThatThrownBy(() -> new MappingFileReader().read(mapping)).hasMessageContaining("m.yaml:2:")
                .hasMessageContaining("unknown key 'sytem'");
    }
}
