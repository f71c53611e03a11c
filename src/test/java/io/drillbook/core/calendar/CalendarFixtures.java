package io.drillbook.core.calendar;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Small builders for calendar tests. */
public final class CalendarFixtures {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private CalendarFixtures() {
    }

    /** Nightly shop/prod backup, 01:00–03:00 Berlin. */
    public static BackupWindow nightlyShopBackup() {
        return new BackupWindow("Nightly shop backup", List.of("shop"), List.of("prod"),
                new Recurrence(LocalDateTime.parse("2026-10-20T01:00"), Duration.ofHours(2), BERLIN, "FREQ=DAILY", List.of()));
    }

    public static Freeze freeze(String name, String start, Duration length, boolean recovery, String... envs) {
        return new Freeze(name, "year end", List.of(envs), Recurrence.once(LocalDateTime.parse(start), length, BERLIN), recovery);
    }

    public static Release release(String id, String startUtc, String endUtc, RiskClass risk, CabApproval cab) {
        return new Release(id, "title " + id, List.of("shop"), List.of("prod"), Instant.parse(startUtc), Instant.parse(endUtc),
                risk, cab, ReleaseStatus.PLANNED, 0);
    }

    public static Release standard(String id, String startUtc, String endUtc) {
        return release(id, startUtc, endUtc, RiskClass.STANDARD, null);
    }
}
