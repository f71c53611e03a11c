package io.drillbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.calendar.GateFixture;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GateCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(GateFixture f, String... args) {
        return new CommandLine(new GateCommand(() -> f.service)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private GateFixture fixture(String drillFinished) {
        GateFixture f = new GateFixture(dir, List.of(), List.of());
        f.backup("snap-1", "2026-12-02T01:30:00Z", BackupStatus.SUCCEEDED);
        f.drill("run-1", drillFinished, RunResult.PASSED, Duration.ofMinutes(23));
        return f;
    }

    @Test
    void exitsZeroWhenEveryGatePassesAndRecordsTheDecision() {
        try (GateFixture f = fixture("2026-11-20T10:00:00Z")) {
            assertThat(run(f, "--system", "shop", "--env", "prod", "--at", "2026-12-02T04:00:00Z")).isZero();
            assertThat(out.toString()).startsWith("GO shop/prod at 2026-12-02T04:00:00Z").contains("PASS    drill");
            assertThat(f.evidence.repository().find(EvidenceQuery.all(5).withKindPrefix("gate.decision"))).hasSize(1);
        }
    }

    @Test
    void exitsOneWithEveryGateInJsonWhenTheDrillIsStale() throws Exception {
        try (GateFixture f = fixture("2026-08-27T04:00:00Z")) {
            assertThat(run(f, "--system", "shop", "--env", "prod", "--at", "2026-12-02T04:00:00Z", "--json")).isEqualTo(1);
            JsonNode json = new ObjectMapper().readTree(out.toString());
            assertThat(json.get("decision").asText()).isEqualTo("no-go");
            assertThat(json.get("gates")).hasSize(6);
            JsonNode drill = json.get("gates").get(2);
            assertThat(drill.get("gate").asText()).isEqualTo("DRILL");
            assertThat(drill.get("status").asText()).isEqualTo("FAIL");
            assertThat(drill.get("reason").asText()).contains("97 days old; policy: every 90 days");
            assertThat(drill.get("data").get("ageDays").asInt()).isEqualTo(97);
        }
    }

    @Test
    void exitsTwoOnUnknownReleaseBadTimeOrMissingOption() {
        try (GateFixture f = fixture("2026-11-20T10:00:00Z")) {
            assertThat(run(f, "--system", "shop", "--env", "prod", "--release", "REL-404")).isEqualTo(2);
            assertThat(err.toString()).contains("gate: unknown release 'REL-404'");
            assertThat(run(f, "--system", "shop", "--env", "prod", "--at", "yesterday")).isEqualTo(2);
            assertThat(err.toString()).contains("--at 'yesterday' is not an ISO 8601 time");
            assertThat(run(f, "--env", "prod")).isEqualTo(2);
        }
    }
}
