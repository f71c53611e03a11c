package io.drillbook.cli;

import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.workspace.WorkspaceRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

/**
 * {@code export ics [--out FILE] [--from DATE] [--to DATE]}: backup windows, CAB meetings and
 * freezes, with the releases from {@code --from} (default 7 days ago) to {@code --to} (default in
 * 90 days). Without {@code --out} the calendar goes to standard output.
 */
@ReadOnly
@Command(name = "ics", mixinStandardHelpOptions = true, description = "Export the calendar as iCalendar (RRULE, EXDATE and VTIMEZONE kept).")
public final class ExportIcsCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "first day of releases to include (UTC), e.g. 2026-12-01")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "day after the last day of releases to include (UTC)")
    LocalDate to;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    public ExportIcsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Instant now = context.get().platform().clock().instant();
        Instant start = from == null ? now.minus(7, ChronoUnit.DAYS) : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? now.plus(90, ChronoUnit.DAYS) : to.atStartOfDay(ZoneOffset.UTC).toInstant();
        try {
            String ics = context.get().calendar().icsExporter().export(CalendarEntries.of(context.get().platform().workspaceRepository(), start, end));
            if (out == null) {
                spec.commandLine().getOut().print(ics);
                spec.commandLine().getOut().flush();
            } else {
                io.drillbook.core.evidence.OwnerOnlyFiles.write(out, ics.getBytes(StandardCharsets.UTF_8));
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("export ics: " + e.getMessage());
            return 2;
        }
    }
}
