package io.drillbook.infra.ics;

import io.drillbook.core.calendar.ImportPreview;
import io.drillbook.core.calendar.PreviewEvent;
import io.drillbook.core.calendar.IcsProblem;
import io.drillbook.core.calendar.IcsImportException;
import io.drillbook.core.calendar.IcsImportOptions;
import io.drillbook.core.calendar.CalendarMapping;


import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.calendar.ConflictDetector;
import io.drillbook.core.calendar.EntryKind;
import io.drillbook.core.calendar.Occurrence;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.NoteKind;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.RiskClass;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.db.JdbcWorkspaceRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calendars as Outlook, Google Calendar and Thunderbird write them (src/test/resources/ics/programs):
 * what each event becomes and why, all-day events, floating times, changed and cancelled
 * occurrences, every problem of a malformed file, round trips through the export, and what the
 * imported entries block.
 */
class CalendarProgramsImportTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final IcsImportOptions OPTIONS = IcsImportOptions.defaults(ZoneOffset.UTC)
            .withKnown(Set.of("orders-db", "billing", "shop-api"), Set.of("prod", "staging"));
    private static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant JAN = Instant.parse("2027-01-01T00:00:00Z");
    @TempDir
    Path dir;

    static Path file(String name) {
        return IcsImporterTest.resource("programs/" + name);
    }

    private static List<Occurrence> december(io.drillbook.core.model.Recurrence when) {
        return new RecurrenceExpander().between(when, DEC, JAN);
    }

    @Test
    void outlookCabKeepsItsMovedOccurrenceAndTheFreezeStaysAllDay() {
        ImportPreview preview = new IcsImporter(OPTIONS).preview(file("outlook-change-calendar.ics"));
        assertThat(preview.events()).extracting(PreviewEvent::title, PreviewEvent::kind, PreviewEvent::kindSource).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Weekly CAB", EntryKind.CAB, "title"),
                org.assertj.core.groups.Tuple.tuple("Year-end change freeze", EntryKind.FREEZE, "title"),
                org.assertj.core.groups.Tuple.tuple("Ops team offsite", EntryKind.EXTERNAL, "nothing matched"));
        assertThat(preview.events().get(0).recurrence()).isEqualTo("FREQ=WEEKLY;BYDAY=TU;WKST=MO, 1 skipped, 1 changed");
        assertThat(preview.events().get(1).zone()).isEqualTo("all day (UTC)");

        CalendarEntries e = new IcsImporter(OPTIONS).entries(preview);
        CabMeeting cab = e.cabMeetings().get(0);
        assertThat(cab.when().zone()).isEqualTo(BERLIN);
        assertThat(december(cab.when())).extracting(Occurrence::localStart).containsExactly(
                LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-08T10:00"),
                LocalDateTime.parse("2026-12-16T14:00"), LocalDateTime.parse("2026-12-22T10:00"));
        assertThat(e.freezes()).singleElement().satisfies(f -> {
            assertThat(f.when().allDay()).isTrue();
            assertThat(f.when().start()).isEqualTo(LocalDateTime.parse("2026-12-28T00:00"));
            assertThat(f.when().duration()).isEqualTo(Duration.ofDays(5));
            assertThat(f.environments()).isEmpty();
        });
        assertThat(e.notes()).singleElement().extracting(CalendarNote::kind).isEqualTo(NoteKind.EXTERNAL);
    }

    @Test
    void googleReleaseAndMaintenanceWindowAreWhatTheySayFloatingTimesInTheCalendarsZone() {
        CalendarEntries e = new IcsImporter(OPTIONS).read(file("google-platform-ops.ics"));
        assertThat(e.freezes()).isEmpty();
        Release release = e.releases().get(0);
        assertThat(e.releases()).hasSize(1);
        assertThat(release.title()).isEqualTo("Release shop-api 4.12.0 (prod)");
        assertThat(release.systems()).containsExactly("shop-api");
        assertThat(release.environments()).containsExactly("prod");
        assertThat(release.start()).isEqualTo(Instant.parse("2026-12-09T02:00:00Z"));
        assertThat(release.risk()).isEqualTo(RiskClass.STANDARD);
        assertThat(release.status()).isEqualTo(ReleaseStatus.PLANNED);

        CalendarNote maintenance = e.notes().stream().filter(n -> n.kind() == NoteKind.MAINTENANCE_WINDOW).findFirst().orElseThrow();
        assertThat(maintenance.systems()).containsExactly("billing");
        assertThat(december(maintenance.when())).extracting(Occurrence::localStart).containsExactly(
                LocalDateTime.parse("2026-12-03T22:00"), LocalDateTime.parse("2026-12-10T22:00"),
                LocalDateTime.parse("2026-12-17T23:00"), LocalDateTime.parse("2026-12-31T22:00"));
        CalendarNote closed = e.notes().stream().filter(n -> n.kind() == NoteKind.EXTERNAL).findFirst().orElseThrow();
        assertThat(closed.when().allDay()).isTrue();
        assertThat(closed.when().zone()).isEqualTo(BERLIN);
        assertThat(closed.when().duration()).isEqualTo(Duration.ofDays(3));

        CalendarEntries inNewYork = new IcsImporter(OPTIONS.withZone(ZoneId.of("America/New_York"))).read(file("google-platform-ops.ics"));
        assertThat(inNewYork.releases().get(0).start()).isEqualTo(Instant.parse("2026-12-09T08:00:00Z"));
    }

    @Test
    void thunderbirdBackupWindowsNeedTheirSystemsAndAMappingFileGivesThem() {
        assertThatThrownBy(() -> new IcsImporter(OPTIONS).read(file("thunderbird-backups.ics")))
                .isInstanceOf(IcsImportException.class)
                .hasMessageContaining("1 problem")
                .hasMessageContaining("thunderbird-backups.ics:50: 'Monthly full backup window (last Sunday)' is a backup window (title) "
                        + "but names no systems");
        CalendarMapping mapping = new CalendarMappingReader().read(file("thunderbird-mapping.yaml"));
        CalendarEntries e = new IcsImporter(OPTIONS.withMapping(mapping)).read(file("thunderbird-backups.ics"));
        assertThat(e.freezes()).isEmpty();
        assertThat(e.backupWindows()).extracting(BackupWindow::name)
                .containsExactly("Nightly backup window orders-db", "Monthly full backup window (last Sunday)");
        assertThat(e.backupWindows()).allSatisfy(w -> {
            assertThat(w.systems()).containsExactly("orders-db");
            assertThat(w.environments()).containsExactly("prod");
        });
        BackupWindow nightly = e.backupWindows().get(0);
        assertThat(nightly.when().exdates()).containsExactly(LocalDateTime.parse("2026-12-31T01:00"));
        assertThat(december(nightly.when())).hasSize(30).filteredOn(o -> o.localStart().toLocalDate().getDayOfMonth() == 6)
                .singleElement().satisfies(o -> assertThat(o.end()).isEqualTo(Instant.parse("2026-12-06T04:00:00Z")));
        assertThat(december(e.backupWindows().get(1).when())).extracting(o -> o.localStart().toString()).containsExactly("2026-12-27T00:00");
        assertThat(e.notes()).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("Team lunch");
            assertThat(n.when().allDay()).isTrue();
        });
    }

    @Test
    void aMalformedFileListsEveryProblemWithItsLineAndStoresNothing() {
        try (Database db = Database.embedded(dir)) {
            JdbcWorkspaceRepository workspace = new JdbcWorkspaceRepository(db);
            EvidenceLog evidence = new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> "tester");
            assertThatThrownBy(() -> new IcsImporter(OPTIONS).importFile(file("malformed-many.ics"), workspace, evidence))
                    .isInstanceOf(IcsImportException.class)
                    .satisfies(ex -> assertThat(((IcsImportException) ex).problems()).extracting(IcsProblem::line).containsExactly(6, 14, 18, 26))
                    .hasMessageContaining("4 problems")
                    .hasMessageContaining("malformed-many.ics:6: DTSTART value '2026120X' is not a date")
                    .hasMessageContaining("malformed-many.ics:14: RRULE 'FREQ=WEEKLY;BYDAY=XX'")
                    .hasMessageContaining("malformed-many.ics:18: 'Nightly backup window' is a backup window (title) but names no systems")
                    .hasMessageContaining("malformed-many.ics:26: time zone 'Mars/Olympus'");
            assertThat(workspace.calendarNotes()).isEmpty();
            assertThat(workspace.backupWindows()).isEmpty();
            assertThat(evidence.repository().head()).isEmpty();
        }
    }

    @Test
    void everyProgramsCalendarRoundTripsThroughExportWithItsKinds() {
        CalendarMapping mapping = new CalendarMappingReader().read(file("thunderbird-mapping.yaml"));
        for (String name : List.of("outlook-change-calendar.ics", "google-platform-ops.ics", "thunderbird-backups.ics")) {
            CalendarEntries original = new IcsImporter(OPTIONS.withMapping(mapping)).read(file(name));
            String exported = new IcsExporter(Clock.fixed(DEC, ZoneOffset.UTC)).export(original);
            CalendarEntries back = new IcsImporter(IcsImportOptions.defaults(ZoneId.of("Asia/Tokyo"))).parse(name, exported);
            assertThat(back.cabMeetings()).as(name).isEqualTo(original.cabMeetings());
            assertThat(back.freezes()).as(name).isEqualTo(original.freezes());
            assertThat(back.backupWindows()).as(name).isEqualTo(original.backupWindows());
            assertThat(back.notes()).as(name).isEqualTo(original.notes());
            assertThat(back.releases()).as(name).extracting(Release::systems, Release::environments, Release::start, Release::end)
                    .isEqualTo(original.releases().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.systems(), r.environments(),
                            r.start(), r.end())).toList());
        }
    }

    @Test
    void exportWritesKindsAllDayDatesChangedOccurrencesAndOutlookStyleZones() {
        CalendarEntries outlook = new IcsImporter(OPTIONS).read(file("outlook-change-calendar.ics"));
        CalendarEntries google = new IcsImporter(OPTIONS).read(file("google-platform-ops.ics"));
        List<CalendarNote> notes = new ArrayList<>(outlook.notes());
        notes.addAll(google.notes());
        String ics = new IcsExporter(Clock.fixed(DEC, ZoneOffset.UTC)).export(new CalendarEntries(List.of(), outlook.cabMeetings(),
                outlook.freezes(), google.releases(), notes));
        assertThat(ics).contains("DTSTART;TZID=Europe/Berlin:20261201T100000\r\n", "RRULE:FREQ=WEEKLY;BYDAY=TU;WKST=MO\r\n",
                "RECURRENCE-ID;TZID=Europe/Berlin:20261215T100000\r\n", "DTSTART;TZID=Europe/Berlin:20261216T140000\r\n",
                "SUMMARY:Weekly CAB (moved to Wednesday)\r\n", "DTSTART;VALUE=DATE:20261228\r\n", "DTEND;VALUE=DATE:20270102\r\n",
                "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\n", "X-DRILLBOOK-KIND:maintenance-window\r\n", "CATEGORIES:Maintenance window\r\n",
                "X-DRILLBOOK-KIND:external\r\n", "X-DRILLBOOK-KIND:cab\r\n", "CATEGORIES:CAB meeting\r\n",
                "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n", "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n");
        assertThat(ics).doesNotContain("EXDATE;TZID=Europe/Berlin:20261215T100000");
        assertThat(ics.split("BEGIN:VTIMEZONE", -1)).hasSize(2);
    }

    @Test
    void importedCalendarsBlockOnlyWhatTheyShould() {
        CalendarMapping mapping = new CalendarMappingReader().read(file("thunderbird-mapping.yaml"));
        CalendarEntries tb = new IcsImporter(OPTIONS.withMapping(mapping)).read(file("thunderbird-backups.ics"));
        CalendarEntries google = new IcsImporter(OPTIONS).read(file("google-platform-ops.ics"));
        CalendarEntries outlook = new IcsImporter(OPTIONS).read(file("outlook-change-calendar.ics"));
        List<io.drillbook.core.model.Freeze> freezes = new ArrayList<>(outlook.freezes());
        freezes.addAll(google.freezes());
        freezes.addAll(tb.freezes());
        Release shopApi = google.releases().get(0);
        Release ordersAtNight = new Release("REL-7", "orders-db migration", List.of("orders-db"), List.of("prod"),
                Instant.parse("2026-12-10T00:30:00Z"), Instant.parse("2026-12-10T01:30:00Z"), RiskClass.NORMAL, null, null, 0);
        Release inYearEndFreeze = new Release("REL-8", "billing fix", List.of("billing"), List.of("prod"),
                Instant.parse("2026-12-29T10:00:00Z"), Instant.parse("2026-12-29T11:00:00Z"), RiskClass.NORMAL, null, null, 0);
        var conflicts = new ConflictDetector(new RecurrenceExpander()).detect(List.of(shopApi, ordersAtNight, inYearEndFreeze),
                tb.backupWindows(), freezes);
        assertThat(conflicts).extracting(io.drillbook.core.calendar.Conflict::releaseId).containsOnly("REL-7", "REL-8");
        assertThat(conflicts).noneMatch(c -> c.releaseId().equals(shopApi.id()));
    }
}
