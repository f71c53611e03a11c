package io.drillbook.infra.ics;

import io.drillbook.core.calendar.IcsImportException;


import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.Freeze;
import io.drillbook.testing.fakes.InMemoryEvidenceRepository;
import io.drillbook.testing.fakes.InMemoryWorkspaceRepository;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files as Outlook, Google Calendar and Thunderbird write them, and broken ones. */
class IcsImporterTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final IcsImporter importer = new IcsImporter(ZoneId.of("Europe/Berlin"));

    static Path resource(String name) {
        try {
            return Path.of(IcsImporterTest.class.getResource("/ics/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void outlookWeeklyCabWithWindowsZoneAndAllDayHolidayFreeze() {
        CalendarEntries e = importer.read(resource("outlook.ics"));
        CabMeeting cab = e.cabMeetings().get(0);
        assertThat(e.cabMeetings()).hasSize(1);
        assertThat(cab.title()).isEqualTo("Weekly CAB");
        assertThat(cab.when().zone()).isEqualTo(BERLIN);
        assertThat(cab.when().rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU;WKST=MO");
        assertThat(cab.when().exdates()).containsExactly(LocalDateTime.parse("2026-12-29T10:00"));
        assertThat(cab.when().duration()).isEqualTo(Duration.ofHours(1));
        Freeze holiday = e.freezes().get(0);
        assertThat(holiday.name()).isEqualTo("Holiday change freeze");
        assertThat(holiday.when().start()).isEqualTo(LocalDateTime.parse("2026-12-22T00:00"));
        assertThat(holiday.when().duration()).isEqualTo(Duration.ofDays(11));
        assertThat(holiday.environments()).isEmpty();
    }

    @Test
    void googleMonthlyCabSkipsExdateAndKeepsItsMovedInstanceInTheSeries() {
        CalendarEntries e = importer.read(resource("google.ics"));
        CabMeeting monthly = e.cabMeetings().get(0);
        assertThat(e.cabMeetings()).extracting(CabMeeting::title).containsExactly("Platform change advisory board");
        assertThat(monthly.when().exdates()).containsExactly(LocalDateTime.parse("2027-01-07T14:00"));
        assertThat(monthly.when().overrides()).singleElement().satisfies(o -> {
            assertThat(o.recurrenceId()).isEqualTo(LocalDateTime.parse("2027-02-04T14:00"));
            assertThat(o.start()).isEqualTo(LocalDateTime.parse("2027-02-04T15:00"));
            assertThat(o.title()).isEqualTo("Platform change advisory board (moved)");
        });
        assertThat(new RecurrenceExpander().between(monthly.when(), Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-03-01T00:00:00Z")))
                .extracting(o -> o.start().toString()).containsExactly("2027-02-04T14:00:00Z");
        assertThat(e.freezes()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Black Friday blackout");
            assertThat(f.reason()).isEqualTo("Black Friday weekend: peak traffic, no deploys.");
            assertThat(f.when().duration()).isEqualTo(Duration.ofDays(3));
            assertThat(f.when().allDay()).isTrue();
        });
    }

    @Test
    void thunderbirdBackupWindowWithUtcExdatesAndQuarterEndFreeze() {
        CalendarEntries e = importer.read(resource("thunderbird.ics"));
        BackupWindow nightly = e.backupWindows().get(0);
        assertThat(nightly.systems()).containsExactly("shop");
        assertThat(nightly.environments()).containsExactly("prod");
        assertThat(nightly.when().exdates()).containsExactly(LocalDateTime.parse("2026-12-31T01:00"), LocalDateTime.parse("2027-01-01T01:00"));
        Freeze quarterEnd = e.freezes().get(0);
        assertThat(quarterEnd.reason()).isEqualTo("Finance closes the books; no releases on the last day of a quarter.");
        assertThat(new RecurrenceExpander().between(quarterEnd.when(), Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z")))
                .extracting(o -> o.localStart().toLocalDate().toString())
                .containsExactly("2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31");
    }

    @Test
    void oneBadEventImportsNothingAndNamesFileLineAndProblem() {
        InMemoryWorkspaceRepository workspace = new InMemoryWorkspaceRepository();
        EvidenceLog evidence = new EvidenceLog(new InMemoryEvidenceRepository(), Clock.systemUTC(), () -> "tester");
        assertThatThrownBy(() -> importer.importFile(resource("malformed.ics"), workspace, evidence))
                .isInstanceOf(IcsImportException.class)
                .hasMessageContaining("malformed.ics: nothing imported; 1 problem:")
                .hasMessageContaining("malformed.ics:18: RRULE 'FREQ=YEARLY;BYMONTH=13' at position 21: '13' is not a number in 1..12");
        assertThat(workspace.cabMeetings()).isEmpty();
        assertThat(workspace.freezes()).isEmpty();
    }

    @Test
    void syntaxErrorNamesTheLine() {
        assertThatThrownBy(() -> importer.read(resource("malformed-syntax.ics")))
                .isInstanceOf(IcsImportException.class)
                .hasMessageContaining("malformed-syntax.ics:8: DTSTART value '2026120X' is not a date");
    }

    @Test
    void unbalancedBlocksAreCaughtByTheIcal4jBackstop() {
        String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "BEGIN:VTODO", "UID:a",
                "END:VEVENT", "END:VCALENDAR", "");
        assertThatThrownBy(() -> importer.parse("todo.ics", text)).hasMessageContaining("todo.ics:").hasMessageContaining("not valid iCalendar");
    }

    @Test
    void eventWithoutStartOrWithUnknownZoneIsRefusedWithItsLine() {
        String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x",
                "BEGIN:VEVENT", "UID:a", "SUMMARY:Freeze A", "DURATION:PT1H", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "SUMMARY:Freeze B", "DTSTART;TZID=Mars/Olympus:20261201T100000", "DURATION:PT1H", "END:VEVENT",
                "END:VCALENDAR", "");
        assertThatThrownBy(() -> importer.parse("x.ics", text)).hasMessageContaining("2 problems")
                .hasMessageContaining("x.ics:4: VEVENT has no DTSTART")
                .hasMessageContaining("x.ics:12: time zone 'Mars/Olympus' is neither an IANA zone nor a known Windows zone");
    }

    @Test
    void importedEntriesAreStoredAndRecorded() {
        InMemoryWorkspaceRepository workspace = new InMemoryWorkspaceRepository();
        EvidenceLog evidence = new EvidenceLog(new InMemoryEvidenceRepository(), Clock.systemUTC(), () -> "tester");
        importer.importFile(resource("thunderbird.ics"), workspace, evidence);
        assertThat(workspace.backupWindows()).extracting(BackupWindow::name).containsExactly("Nightly shop backup");
        assertThat(workspace.freezes()).hasSize(1);
        assertThat(evidence.repository().head().orElseThrow().kind()).isEqualTo("calendar.imported");
        assertThat(List.of(workspace.backupWindows().get(0).when())).containsExactly(importer.read(resource("thunderbird.ics")).backupWindows().get(0).when());
    }
}
