package io.drillbook.infra.csv;

import io.drillbook.core.calendar.CsvReleasePreview;


import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.RiskClass;
import io.drillbook.testing.fakes.InMemoryEvidenceRepository;
import io.drillbook.testing.fakes.InMemoryWorkspaceRepository;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReleaseImporterTest {
    private final CsvReleaseImporter importer = new CsvReleaseImporter();

    private static String resource(String name) throws IOException {
        try (InputStream in = CsvReleaseImporterTest.class.getResourceAsStream("/csv/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void cleanFilePreviewsAndSavesEveryRow() throws IOException {
        CsvReleasePreview preview = importer.preview("releases.csv", resource("releases.csv"), Set.of("shop", "search"));
        assertThat(preview.ok()).isTrue();
        Release second = preview.releases().get(1);
        assertThat(second.title()).isEqualTo("search, reindex");
        assertThat(second.systems()).containsExactly("shop", "search");
        assertThat(second.start()).isEqualTo(Instant.parse("2026-12-03T02:00:00Z"));
        InMemoryWorkspaceRepository workspace = new InMemoryWorkspaceRepository();
        importer.save(preview, workspace, new EvidenceLog(new InMemoryEvidenceRepository(), Clock.systemUTC(), () -> "tester"));
        assertThat(workspace.release("REL-1042").orElseThrow().risk()).isEqualTo(RiskClass.NORMAL);
        assertThat(workspace.release("REL-1043")).isPresent();
    }

    @Test
    void previewListsEveryRowsProblemsWithLineAndSavesNothing() throws IOException {
        CsvReleasePreview preview = importer.preview("releases-bad.csv", resource("releases-bad.csv"), Set.of("shop"));
        assertThat(preview.ok()).isFalse();
        assertThat(preview.rows().get(0).ok()).isTrue();
        assertThat(preview.problems()).containsExactly(
                "releases-bad.csv:3: start 'tomorrow' is not an ISO 8601 time with offset, e.g. 2026-12-02T03:00:00Z",
                "releases-bad.csv:4: risk 'risky' is not one of [standard, normal, major, emergency]",
                "releases-bad.csv:4: cab_approved_by and cab_approved_at must be given together",
                "releases-bad.csv:5: release REL-1 appears twice in the file",
                "releases-bad.csv:5: unknown system 'billing'",
                "releases-bad.csv:6: has 3 fields but the header has 9");
        InMemoryWorkspaceRepository workspace = new InMemoryWorkspaceRepository();
        EvidenceLog evidence = new EvidenceLog(new InMemoryEvidenceRepository(), Clock.systemUTC(), () -> "tester");
        assertThatThrownBy(() -> importer.save(preview, workspace, evidence)).hasMessageStartingWith("releases-bad.csv: nothing imported");
        assertThat(workspace.release("REL-1")).isEmpty();
    }

    @Test
    void headerWithoutRequiredColumnsIsAFileProblem() {
        CsvReleasePreview preview = importer.preview("h.csv", "id,title,when\nREL-1,x,today\n", Set.of());
        assertThat(preview.problems()).contains("h.csv:1: column 'systems' is missing from the header")
                .anySatisfy(p -> assertThat(p).startsWith("h.csv:1: unknown column 'when'"));
    }
}
