package io.drillbook.cli;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import ics} and {@code export ics} on a real, empty workspace. */
class IcsCommandsTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private AppContext ctx;
    private CliContext cli;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        ctx = new AppContext(new AppConfig(dir.resolve("data"), null, "cli"), clock);
        cli = CliContext.of(ctx);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(IcsCommandsTest.class.getResource("/ics/" + name).toURI());
    }

    private int run(Object command, String... args) {
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void importThenExportWritesTheImportedWindowBack() throws Exception {
        assertThat(run(new ImportIcsCommand(cli), resource("thunderbird.ics").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("thunderbird.ics: unknown system 'shop'");
        assertThat(run(new ImportIcsCommand(cli), resource("thunderbird.ics").toString(), "--create")).isZero();
        assertThat(out.toString()).contains("created system 'shop'", "imported 0 releases, 0 CAB meetings, 1 freezes, 1 backup windows");
        Path file = dir.resolve("week.ics");
        assertThat(run(new ExportIcsCommand(cli), "--out", file.toString())).isZero();
        assertThat(Files.readString(file)).contains("SUMMARY:Nightly shop backup", "RRULE:FREQ=DAILY",
                "EXDATE;TZID=Europe/Berlin:20261231T010000,20270101T010000", "BEGIN:VTIMEZONE");
    }

    @Test
    void malformedFileImportsNothingAndExitsTwoNamingTheLine() throws Exception {
        assertThat(run(new ImportIcsCommand(cli), resource("malformed.ics").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("malformed.ics:18:");
        assertThat(ctx.platform().workspaceRepository().cabMeetings()).isEmpty();
        assertThat(ctx.platform().workspaceRepository().freezes()).isEmpty();
    }

    private static String calendar(String name) throws URISyntaxException {
        return resource("programs/" + name).toString();
    }

    private String exported() {
        StringWriter text = new StringWriter();
        new CommandLine(new ExportIcsCommand(cli)).setOut(new PrintWriter(text)).setErr(new PrintWriter(err)).execute();
        return text.toString();
    }

    @Test
    void aReleaseWithoutKnownSystemsIsAnErrorWithItsLineAndNothingIsStored() throws Exception {
        assertThat(run(new ImportIcsCommand(cli), calendar("google-platform-ops.ics"))).isEqualTo(2);
        assertThat(err.toString()).contains("google-platform-ops.ics:8: 'Release shop-api 4.12.0 (prod)' is a release (title) but names no systems");
        assertThat(ctx.platform().workspaceRepository().calendarNotes()).isEmpty();
    }

    @Test
    void systemsAndZoneFromTheCommandLineAndADryRunStoresNothing() throws Exception {
        assertThat(run(new ImportIcsCommand(cli), calendar("google-platform-ops.ics"), "--systems", "shop", "--env", "prod",
                "--zone", "W. Europe Standard Time", "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("floating times in Europe/Berlin (--zone)", "Release shop-api 4.12.0 (prod)", "release",
                "maintenance-window", "FREQ=WEEKLY;BYDAY=TH, 1 skipped, 1 changed", "all day (Europe/Berlin)", "nothing matched",
                "dry run: nothing stored");
        assertThat(ctx.platform().workspaceRepository().calendarNotes()).isEmpty();

        assertThat(run(new ImportIcsCommand(cli), calendar("google-platform-ops.ics"), "--systems", "shop", "--env", "prod", "--create"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("imported 1 releases, 0 CAB meetings, 0 freezes, 0 backup windows, "
                + "2 maintenance windows and external entries");
        assertThat(exported()).contains("SUMMARY:Maintenance window - billing", "X-DRILLBOOK-KIND:maintenance-window",
                "SUMMARY:Office closed", "DTSTART;VALUE=DATE:20261224", "RECURRENCE-ID;TZID=Europe/Berlin:20261217T220000");
    }

    @Test
    void asMakesEveryEventThatKindAndAnUnknownKindIsAnError() throws Exception {
        assertThat(run(new ImportIcsCommand(cli), calendar("outlook-change-calendar.ics"), "--as", "external", "--dry-run"))
                .as(err.toString()).isZero();
        assertThat(out.toString().lines().filter(l -> l.contains(" external ") && l.contains("--as"))).hasSize(3);
        assertThat(run(new ImportIcsCommand(cli), calendar("outlook-change-calendar.ics"), "--as", "party")).isEqualTo(2);
        assertThat(err.toString()).contains("--as 'party' is not one of release, backup-window, cab");
    }
}
