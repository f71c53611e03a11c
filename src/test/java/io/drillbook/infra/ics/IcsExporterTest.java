package io.drillbook.infra.ics;

import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcsExporterTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final IcsExporter exporter = new IcsExporter(Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC));

    private static CalendarEntries workspaceWeek() {
        Recurrence nightly = new Recurrence(LocalDateTime.parse("2026-10-20T01:00"), Duration.ofHours(2), BERLIN, "FREQ=DAILY",
                List.of(LocalDateTime.parse("2026-12-31T01:00")));
        Recurrence tuesdays = new Recurrence(LocalDateTime.parse("2026-12-01T10:00"), Duration.ofHours(1), ZoneId.of("America/New_York"),
                "FREQ=WEEKLY;BYDAY=TU;COUNT=20", List.of());
        Release rel = new Release("REL-1042", "shop-api 4.12.0, with a long title that needs folding; really long, longer than 75 octets",
                List.of("shop", "search"), List.of("prod"), Instant.parse("2026-12-02T03:00:00Z"), Instant.parse("2026-12-02T05:00:00Z"),
                RiskClass.NORMAL, new CabApproval("carol", Instant.parse("2026-11-24T10:00:00Z")), ReleaseStatus.APPROVED, 0);
        return new CalendarEntries(
                List.of(new BackupWindow("Nightly shop backup", List.of("shop"), List.of("prod"), nightly)),
                List.of(new CabMeeting("Weekly CAB", tuesdays)),
                List.of(new Freeze("Year-end freeze", "no changes, please", List.of("prod"),
                                Recurrence.once(LocalDateTime.parse("2026-12-20T00:00"), Duration.ofDays(14), BERLIN), false),
                        new Freeze("Recovery REL-1040", "", List.of(), Recurrence.once(LocalDateTime.parse("2026-12-05T02:00"), Duration.ofHours(3), BERLIN), true)),
                List.of(rel));
    }

    @Test
    void exportKeepsRruleExdateAndZoneWithVtimezone() {
        String ics = exporter.export(workspaceWeek());
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York", "TZID:Europe/Berlin",
                "DTSTART;TZID=Europe/Berlin:20261020T010000\r\n", "RRULE:FREQ=DAILY\r\n",
                "EXDATE;TZID=Europe/Berlin:20261231T010000\r\n", "X-DRILLBOOK-KIND:backup-window", "DTSTART:20261202T030000Z");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
    }

    @Test
    void exportedFileImportsBackIntoTheSameEntries() {
        CalendarEntries original = workspaceWeek();
        CalendarEntries back = new IcsImporter(ZoneOffset.UTC).parse("export.ics", exporter.export(original));
        assertThat(back).isEqualTo(original);
    }
}
