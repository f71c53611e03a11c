package io.drillbook.infra.workspace;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.drillbook.infra.demo.DemoAssets;
import io.drillbook.core.workspace.WorkspaceImport;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/workspace.schema.json describes what {@code export workspace} writes, so editors can check files as they are written. */
class WorkspaceSchemaTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/workspace.schema.json")));
    }

    @Test
    void theExportedDemoWorkspaceWithProfilesIsValid() throws Exception {
        WorkspaceImport settings = WorkspaceYaml.readImport(WorkspaceSettingsYamlTest.SETTINGS, "settings.yaml");
        String exported = WorkspaceYaml.write(DemoAssets.workspace(CLOCK), settings.settings());
        assertThat(exported).contains("systems:", "releases:", "connectionProfiles:", "trustedHostKeys:");

        List<Error> errors = schema().validate(exported, InputFormat.YAML);

        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaRefusesALiteralSecretAndAnUnknownKey() throws Exception {
        List<Error> literal = schema().validate("connectionProfiles:\n- {name: x, host: h, user: u, password: hunter2}\n", InputFormat.YAML);
        List<Error> unknown = schema().validate("systems:\n- {name: shop, owner: a, tier: 1, tierr: 2}\n", InputFormat.YAML);

        assertThat(literal).extracting(e -> e.getInstanceLocation() + " " + e.getMessage()).anyMatch(m -> m.contains("password"));
        assertThat(unknown).extracting(e -> e.getInstanceLocation() + " " + e.getMessage()).anyMatch(m -> m.contains("tierr"));
    }
}
