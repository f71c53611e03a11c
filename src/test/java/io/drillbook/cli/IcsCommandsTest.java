package io.drillbook.cli;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import io.drillbook.infra.ics.IcsExporter;
import io.drillbook.infra.ics.IcsImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class IcsCommandsTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(IcsCommandsTest.class.getResource("/ics/" + name).toURI());
    }

    private int run(Object command, String... args) {
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void importThenExportWritesTheImportedWindowBack() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.embedded(dir.resolve("db"))) {
            JdbcWorkspaceRepository workspace = new JdbcWorkspaceRepository(db);
            EvidenceLog evidence = new EvidenceLog(new JdbcEvidenceRepository(db), clock, () -> "cli");
            IcsImporter importer = new IcsImporter(ZoneId.of("Europe/Berlin"));
            assertThat(run(new ImportIcsCommand(importer, workspace, evidence), resource("thunderbird.ics").toString())).isZero();
            assertThat(out.toString()).contains("imported 0 releases, 0 CAB meetings, 1 freezes, 1 backup windows");
            Path file = dir.resolve("week.ics");
            assertThat(run(new ExportIcsCommand(new IcsExporter(clock), workspace, clock), "--out", file.toString())).isZero();
            assertThat(Files.readString(file)).contains("SUMMARY:Nightly shop backup", "RRULE:FREQ=DAILY",
                    "EXDATE;TZID=Europe/Berlin:20261231T010000,20270101T010000", "BEGIN:VTIMEZONE");
        }
    }

    @Test
    void malformedFileExitsTwoAndImportsNothing() throws Exception {
        try (Database db = Database.embedded(dir.resolve("db"))) {
            JdbcWorkspaceRepository workspace = new JdbcWorkspaceRepository(db);
            EvidenceLog evidence = new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> "cli");
            ImportIcsCommand command = new ImportIcsCommand(new IcsImporter(ZoneOffset.UTC), workspace, evidence);
            assertThat(run(command, resource("malformed.ics").toString())).isEqualTo(2);
            assertThat(err.toString()).contains("malformed.ics:18:");
            assertThat(workspace.cabMeetings()).isEmpty();
        }
    }
}
