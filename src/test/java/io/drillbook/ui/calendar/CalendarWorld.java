package io.drillbook.ui.calendar;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A real H2 workspace seeded with the demo, at a fixed Monday morning, and the calendar's services on it. */
final class CalendarWorld implements AutoCloseable {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2026-11-23 10:00 Berlin: the demo's "next Monday" is 2026-11-30, REL-1042 is on Wednesday 2026-12-02. */
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    final AppContext ctx;
    final CalendarServices services;

    CalendarWorld(Path dir) {
        ctx = new AppContext(new AppConfig(dir, null, "tester"), Clock.fixed(NOW, ZoneOffset.UTC));
        ctx.seedDemoIfEmpty();
        services = new CalendarServices(ctx.platform().workspaceRepository(), ctx.calendar().workspaceService(), ctx.platform().evidenceLog(),
                ctx.calendar().recurrenceExpander(), ctx.calendar().conflictDetector(), ctx.calendar().gateService(), ctx.calendar().icsImporter(), ctx.calendar().icsExporter(), ctx.calendar().csvImporter(), ctx.platform().clock());
    }

    static Instant berlin(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(BERLIN).toInstant();
    }

    @Override
    public void close() {
        ctx.close();
    }
}
