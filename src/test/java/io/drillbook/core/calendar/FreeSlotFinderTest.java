package io.drillbook.core.calendar;

import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static io.drillbook.core.calendar.CalendarFixtures.BERLIN;
import static io.drillbook.core.calendar.CalendarFixtures.freeze;
import static io.drillbook.core.calendar.CalendarFixtures.nightlyShopBackup;
import static io.drillbook.core.calendar.CalendarFixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

class FreeSlotFinderTest {
    private static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");
    private final FreeSlotFinder finder = new FreeSlotFinder(new RecurrenceExpander(), Duration.ofMinutes(15));

    private final CalendarEntries calendar = new CalendarEntries(List.of(nightlyShopBackup()), List.of(),
            List.of(freeze("Year-end freeze", "2026-12-20T00:00", Duration.ofDays(14), false, "prod")),
            List.of(standard("REL-1", "2026-12-02T02:00:00Z", "2026-12-02T04:00:00Z")));

    @Test
    void nextSlotSkipsTheBackupWindowAndTheOtherRelease() {
        List<FreeSlotFinder.Slot> slots = finder.find(Duration.ofHours(2), List.of(SHOP_PROD),
                Instant.parse("2026-12-01T23:30:00Z"), 2, Optional.empty(), calendar);
        assertThat(slots).extracting(FreeSlotFinder.Slot::start)
                .containsExactly(Instant.parse("2026-12-02T04:00:00Z"), Instant.parse("2026-12-02T06:00:00Z"));
    }

    @Test
    void slotsStayInsideAllowedChangeWindowsAndOutsideTheFreeze() {
        Recurrence tuesdayMornings = new Recurrence(LocalDateTime.parse("2026-12-01T08:00"), Duration.ofHours(4), BERLIN,
                "FREQ=WEEKLY;BYDAY=TU", List.of());
        List<FreeSlotFinder.Slot> slots = finder.find(Duration.ofHours(3), List.of(SHOP_PROD),
                Instant.parse("2026-12-09T00:00:00Z"), 3, Optional.of(tuesdayMornings), calendar);
        assertThat(slots).extracting(FreeSlotFinder.Slot::start).containsExactly(
                Instant.parse("2026-12-15T07:00:00Z"), Instant.parse("2027-01-05T07:00:00Z"), Instant.parse("2027-01-12T07:00:00Z"));
    }

    @Test
    void noSlotWhenEverythingWithinNinetyDaysIsFrozen() {
        CalendarEntries frozen = new CalendarEntries(List.of(), List.of(),
                List.of(freeze("Long freeze", "2026-12-01T00:00", Duration.ofDays(120), false)), List.of());
        assertThat(finder.find(Duration.ofHours(1), List.of(SHOP_PROD), Instant.parse("2026-12-02T00:00:00Z"), 1,
                Optional.empty(), frozen)).isEmpty();
    }
}
