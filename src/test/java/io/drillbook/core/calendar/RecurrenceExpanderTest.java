package io.drillbook.core.calendar;

import io.drillbook.core.model.Recurrence;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545 section 3.8.5.3 examples (DTSTART in America/New_York), DST, UNTIL vs COUNT, far ranges. */
class RecurrenceExpanderTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final RecurrenceExpander expander = new RecurrenceExpander();

    private static Recurrence rule(String start, String rrule, String... exdates) {
        return new Recurrence(LocalDateTime.parse(start), Duration.ofHours(1), NEW_YORK, rrule,
                java.util.Arrays.stream(exdates).map(LocalDateTime::parse).toList());
    }

    private List<String> days(Recurrence r, String toYear) {
        Instant from = Instant.parse("1990-01-01T00:00:00Z");
        Instant to = Instant.parse(toYear + "-01-01T00:00:00Z");
        return expander.between(r, from, to).stream().map(o -> o.localStart().toLocalDate().toString()).toList();
    }

    @Test
    void dailyForTenOccurrencesStopsAtCount() {
        assertThat(days(rule("1997-09-02T09:00", "FREQ=DAILY;COUNT=10"), "2000"))
                .hasSize(10).startsWith("1997-09-02").endsWith("1997-09-11");
    }

    @Test
    void dailyUntilUtcMidnightStopsTheDayBefore() {
        List<String> d = days(rule("1997-09-02T09:00", "FREQ=DAILY;UNTIL=19971224T000000Z"), "2000");
        assertThat(d).hasSize(113).startsWith("1997-09-02").endsWith("1997-12-23");
    }

    @Test
    void everyTenDaysFiveOccurrences() {
        assertThat(days(rule("1997-09-02T09:00", "FREQ=DAILY;INTERVAL=10;COUNT=5"), "2000"))
                .containsExactly("1997-09-02", "1997-09-12", "1997-09-22", "1997-10-02", "1997-10-12");
    }

    @Test
    void weeklyOnTuesdayAndThursdayForFiveWeeks() {
        assertThat(days(rule("1997-09-02T09:00", "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH"), "2000"))
                .containsExactly("1997-09-02", "1997-09-04", "1997-09-09", "1997-09-11", "1997-09-16",
                        "1997-09-18", "1997-09-23", "1997-09-25", "1997-09-30", "1997-10-02");
    }

    @Test
    void monthlyOnTheFirstFridayForTenOccurrences() {
        assertThat(days(rule("1997-09-05T09:00", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR"), "2000"))
                .containsExactly("1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05", "1998-01-02",
                        "1998-02-06", "1998-03-06", "1998-04-03", "1998-05-01", "1998-06-05");
    }

    @Test
    void thirdTuesdayWednesdayOrThursdayWithBysetpos() {
        assertThat(days(rule("1997-09-04T09:00", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3"), "2000"))
                .containsExactly("1997-09-04", "1997-10-07", "1997-11-06");
    }

    @Test
    void secondToLastWeekdayOfTheMonthWithNegativeBysetpos() {
        List<String> d = days(rule("1997-09-29T09:00", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2"), "1998");
        assertThat(d).containsExactly("1997-09-29", "1997-10-30", "1997-11-27", "1997-12-30");
    }

    @Test
    void monthlyOnTheSecondAndFifteenth() {
        assertThat(days(rule("1997-09-02T09:00", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15"), "2000"))
                .hasSize(10).startsWith("1997-09-02", "1997-09-15").endsWith("1998-01-02", "1998-01-15");
    }

    @Test
    void everyFridayTheThirteenthWithExdateOnDtstart() {
        Recurrence r = rule("1997-09-02T09:00", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "1997-09-02T09:00");
        assertThat(days(r, "2001")).containsExactly("1998-02-13", "1998-03-13", "1998-11-13", "1999-08-13", "2000-10-13");
    }

    @Test
    void usPresidentialElectionDay() {
        Recurrence r = rule("1996-11-05T09:00", "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8");
        assertThat(days(r, "2005")).containsExactly("1996-11-05", "2000-11-07", "2004-11-02");
    }

    @Test
    void berlinWindowAtOneStaysAtOneLocalAcrossBothDstChanges() {
        Recurrence r = new Recurrence(LocalDateTime.parse("2026-01-01T01:00"), Duration.ofHours(2), BERLIN, "FREQ=DAILY", List.of());
        List<Occurrence> march = expander.between(r, Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T12:00:00Z"));
        assertThat(march).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T23:00:00Z"));
        List<Occurrence> october = expander.between(r, Instant.parse("2026-10-24T00:00:00Z"), Instant.parse("2026-10-26T12:00:00Z"));
        assertThat(october).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-10-23T23:00:00Z"), Instant.parse("2026-10-24T23:00:00Z"), Instant.parse("2026-10-26T00:00:00Z"));
    }

    @Test
    void startInsideSpringForwardGapMovesForwardByTheGap() {
        Recurrence r = new Recurrence(LocalDateTime.parse("2026-03-27T02:30"), Duration.ofMinutes(30), BERLIN, "FREQ=DAILY", List.of());
        List<Occurrence> o = expander.between(r, Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T06:00:00Z"));
        assertThat(o).extracting(Occurrence::start).containsExactly(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void untilIsInclusiveWhileCountCountsFromDtstart() {
        Recurrence until = rule("2026-01-01T09:00", "FREQ=DAILY;UNTIL=20260105");
        Recurrence count = rule("2026-01-01T09:00", "FREQ=DAILY;COUNT=5");
        assertThat(days(until, "2030")).isEqualTo(days(count, "2030")).hasSize(5).endsWith("2026-01-05");
        List<Occurrence> late = expander.between(count, Instant.parse("2026-01-04T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(late).extracting(o -> o.localStart().getDayOfMonth()).containsExactly(4, 5);
    }

    @Test
    void farRangeGivesTheSameOccurrencesAsExpandingFromDtstart() {
        for (String rrule : List.of("FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR", "FREQ=MONTHLY",
                "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=YEARLY", "FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=31")) {
            Recurrence r = rule("2020-01-31T09:00", rrule);
            Instant from = Instant.parse("2031-03-10T00:00:00Z");
            Instant to = Instant.parse("2033-03-10T00:00:00Z");
            List<Occurrence> all = expander.between(r, Instant.parse("2019-01-01T00:00:00Z"), to);
            List<Occurrence> expected = all.stream().filter(o -> o.overlaps(from, to)).toList();
            assertThat(expander.between(r, from, to)).as(rrule).isNotEmpty().isEqualTo(expected);
            assertThat(expected).as(rrule + " keeps every month").extracting(o -> o.localStart().getYear()).isNotEmpty();
        }
    }

    @Test
    void lastWeekdayOfTheMonthFromADtstartOnThe31stKeepsShortMonths() {
        Recurrence r = rule("2020-01-31T09:00", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1");
        assertThat(days(r, "2021")).hasSize(12).contains("2020-02-28", "2020-04-30", "2020-06-30", "2020-09-30", "2020-11-30");
    }

    @Test
    void aYearOfADailyRuleFarFromDtstartIsCheap() {
        Recurrence r = new Recurrence(LocalDateTime.parse("2000-01-01T01:00"), Duration.ofHours(2), BERLIN, "FREQ=DAILY", List.of());
        expander.between(r, Instant.parse("2090-01-01T00:00:00Z"), Instant.parse("2091-01-01T00:00:00Z"));
        long started = System.nanoTime();
        List<Occurrence> year = expander.between(r, Instant.parse("2095-01-01T00:00:00Z"), Instant.parse("2096-01-01T00:00:00Z"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(year).hasSize(365);
        assertThat(millis).isLessThan(200);
    }

    @Test
    void oneOffEntryHasOneOccurrence() {
        Recurrence once = Recurrence.once(LocalDateTime.parse("2026-12-24T00:00"), Duration.ofDays(3), BERLIN);
        assertThat(expander.between(once, Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"))).hasSize(1);
        assertThat(expander.between(once, Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z"))).isEmpty();
    }
}
