package io.drillbook.infra.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON report validates against the published docs/report.schema.json, and the OSCAL export
 * against NIST's OSCAL assessment-results JSON schema (from liboscal-java), both with the networknt
 * JSON Schema validator.
 */
class ReportSchemaTest {
    @TempDir
    Path dir;
    ReportFixture fx;

    @BeforeEach
    void open() {
        fx = new ReportFixture(dir).seed();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static Schema reportSchema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/report.schema.json")), InputFormat.JSON);
    }

    private static Schema oscalSchema() throws IOException {
        try (InputStream in = ReportSchemaTest.class.getResourceAsStream("/schema/json/oscal-ar_schema.json")) {
            assertThat(in).as("NIST's schema inside liboscal-java").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    @Test
    void exportedJsonAndTheGoldenFileConformToThePublishedSchema() throws IOException {
        Schema schema = reportSchema();
        String exported = new String(new JsonReportWriter().write(fx.octoberReport()), StandardCharsets.UTF_8);
        assertThat(schema.validate(exported, InputFormat.JSON)).isEmpty();
        try (InputStream golden = ReportSchemaTest.class.getResourceAsStream("/report/golden-report.json")) {
            assertThat(schema.validate(new String(golden.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
        }
    }

    @Test
    void schemaRejectsAnUnknownKeyAndAMetVerdictSpelledOtherwise() throws IOException {
        String exported = new String(new JsonReportWriter().write(fx.octoberReport()), StandardCharsets.UTF_8);
        List<Error> errors = reportSchema().validate(exported.replaceFirst("\"rtoVerdict\":\"met\"", "\"rtoVerdict\":\"OK\"")
                .replaceFirst("\\{\"format\"", "{\"x\":1,\"format\""), InputFormat.JSON);
        assertThat(errors).extracting(Error::toString).anyMatch(e -> e.contains("rtoVerdict")).anyMatch(e -> e.contains("x"));
    }

    @Test
    void oscalExportIsValidAssessmentResultsWithDrillAndGateFindingsAndHashedResources() throws IOException {
        String oscal = new String(new OscalReportWriter().write(fx.octoberReport()), StandardCharsets.UTF_8);
        assertThat(oscalSchema().validate(oscal, InputFormat.JSON)).extracting(Error::toString).isEmpty();
        Map<String, Object> doc = io.drillbook.core.evidence.CanonicalJson.readMap(oscal);
        assertThat(oscal).contains("\"state\":\"satisfied\"", "\"state\":\"not-satisfied\"", "\"algorithm\":\"SHA-256\"",
                fx.evidence.head().orElseThrow().hash().substring(0, 0) + "drill-1");
        assertThat(doc).containsKey("assessment-results");
        assertThat(new OscalReportWriter().write(fx.octoberReport())).isEqualTo(oscal.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oscalSchemaCatchesADocumentMissingItsMetadata() throws IOException {
        assertThat(oscalSchema().validate("{\"assessment-results\":{\"uuid\":\"x\"}}", InputFormat.JSON)).isNotEmpty();
    }
}
