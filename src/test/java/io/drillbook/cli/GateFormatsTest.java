package io.drillbook.cli;

import io.drillbook.core.calendar.GateFixture;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GateFormatsTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(GateFixture f, Map<String, String> variables, String... args) {
        GateCommand command = new GateCommand(() -> f.service);
        command.variables = variables::get;
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    /** A stale drill (97 days against 90) fails one gate; the rest pass. */
    private GateFixture staleDrill() {
        GateFixture f = new GateFixture(dir, List.of(), List.of());
        f.backup("snap-1", "2026-12-02T01:30:00Z", BackupStatus.SUCCEEDED);
        f.drill("run-1", "2026-08-27T04:00:00Z", RunResult.PASSED, Duration.ofMinutes(23));
        return f;
    }

    @Test
    void junitHasOneTestcasePerGateAndTheStaleDrillAsFailureWithItsReason() throws Exception {
        try (GateFixture f = staleDrill()) {
            assertThat(run(f, Map.of(), "--system", "shop", "--env", "prod", "--at", "2026-12-02T04:00:00Z", "--format", "junit")).isEqualTo(1);
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
            Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
            assertThat(suite.getAttribute("tests")).isEqualTo("6");
            assertThat(suite.getAttribute("failures")).isEqualTo("1");
            NodeList cases = xml.getElementsByTagName("testcase");
            assertThat(cases.getLength()).isEqualTo(6);
            NodeList failures = xml.getElementsByTagName("failure");
            assertThat(failures.getLength()).isEqualTo(1);
            Element failure = (Element) failures.item(0);
            assertThat(((Element) failure.getParentNode()).getAttribute("name")).startsWith("drill:");
            assertThat(failure.getAttribute("message")).contains("97 days old; policy: every 90 days");
            assertThat(f.evidence.repository().find(EvidenceQuery.all(5).withKindPrefix("gate.decision"))).hasSize(1);
        }
    }

    @Test
    void githubPrintsAnErrorAnnotationPerFailedGateAndAppendsATableToTheStepSummary() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        try (GateFixture f = staleDrill()) {
            int exit = run(f, Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
                    "--system", "shop", "--env", "prod", "--at", "2026-12-02T04:00:00Z", "--format", "github");
            assertThat(exit).isEqualTo(1);
            List<String> lines = out.toString().lines().toList();
            assertThat(lines).filteredOn(l -> l.startsWith("::error ")).hasSize(1);
            assertThat(lines.get(0)).startsWith("::error title=Gate drill fail for shop/prod::")
                    .contains("97 days old; policy: every 90 days").doesNotContain("\n");
            assertThat(lines.get(lines.size() - 1)).startsWith("NO-GO shop/prod");
            String md = Files.readString(summary);
            assertThat(md).startsWith("earlier step\n### Drillbook gate: NO-GO for shop/prod");
            assertThat(md.lines().filter(l -> l.startsWith("| ")).count()).isEqualTo(7);
            assertThat(md).contains("| fresh passing drill within RTO | :x: FAIL |");
        }
    }

    @Test
    void githubWithoutStepSummaryStillAnnotatesAndGoExitsZero() {
        try (GateFixture f = new GateFixture(dir, List.of(), List.of())) {
            f.backup("snap-1", "2026-12-02T01:30:00Z", BackupStatus.SUCCEEDED);
            f.drill("run-1", "2026-11-20T10:00:00Z", RunResult.PASSED, Duration.ofMinutes(23));
            assertThat(run(f, Map.of(), "--system", "shop", "--env", "prod", "--at", "2026-12-02T04:00:00Z", "--format", "github")).isZero();
            assertThat(out.toString()).doesNotContain("::error").startsWith("GO shop/prod");
        }
    }

    @Test
    void jsonFlagAndJsonFormatPrintTheSameAndConflictingOrUnknownFormatsAreErrors() {
        try (GateFixture f = staleDrill()) {
            run(f, Map.of(), "--system", "shop", "--env", "prod", "--at", "2026-12-02T04:00:00Z", "--json");
            String viaFlag = out.toString();
            out.getBuffer().setLength(0);
            run(f, Map.of(), "--system", "shop", "--env", "prod", "--at", "2026-12-02T04:00:00Z", "--format", "json");
            assertThat(out.toString()).isEqualTo(viaFlag).contains("\"decision\" : \"no-go\"");
            assertThat(run(f, Map.of(), "--system", "shop", "--env", "prod", "--format", "xml")).isEqualTo(2);
            assertThat(err.toString()).contains("--format 'xml' is not one of text, json, junit, github");
            assertThat(run(f, Map.of(), "--system", "shop", "--env", "prod", "--json", "--format", "junit")).isEqualTo(2);
        }
    }
}
