package io.drillbook.cli;

import io.drillbook.core.calendar.CalendarImporter;
import io.drillbook.core.team.Action;
import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.calendar.EntryKind;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.core.calendar.IcsImportOptions;
import io.drillbook.core.calendar.ImportPreview;
import io.drillbook.core.calendar.PreviewEvent;
import picocli.CommandLine.Command;
import io.drillbook.core.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code import ics FILE [--zone Z] [--as KIND [--systems S,..] [--env E,..]] [--mapping FILE] [--dry-run]}:
 * prints what each event becomes (kind and why, recurrence, zone, systems) and stores all of it,
 * or nothing when any event has a problem (each listed as {@code file:line: what}). Exit 0 stored
 * (or previewed), 2 problems or bad arguments.
 */
@Mutates(Action.EDIT_CALENDAR)
@Command(name = "ics", mixinStandardHelpOptions = true,
        description = "Import an iCalendar file (Outlook, Google, Thunderbird, Drillbook) all or nothing, showing what each event becomes.")
public final class ImportIcsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .ics file")
    Path file;

    @Option(names = "--zone", paramLabel = "ZONE", description = "zone of floating times and all-day dates "
            + "(default: the calendar's X-WR-TIMEZONE, else this computer's zone); Windows names like 'W. Europe Standard Time' work too")
    String zone;

    @Option(names = "--as", paramLabel = "KIND", description = "every event is this kind: release, backup-window, cab, freeze, "
            + "maintenance-window, external, recovery")
    String as;

    @Option(names = "--systems", split = ",", paramLabel = "SYSTEM", description = "systems of events that name none (with --as, or for all)")
    List<String> systems = List.of();

    @Option(names = "--env", split = ",", paramLabel = "ENV", description = "environments of events that name none")
    List<String> environments = List.of();

    @Option(names = "--mapping", paramLabel = "FILE", description = "YAML mapping of this calendar's events to kinds and systems")
    Path mapping;

    @Option(names = "--dry-run", description = "print what each event would become and store nothing")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Option(names = "--create", description = "create systems and environments the calendar names but the workspace lacks")
    boolean create;

    private final CliContext context;

    public ImportIcsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            WorkspaceRepository workspace = context.get().platform().workspaceRepository();
            CalendarImporter defaults = context.get().calendar().icsImporter();
            CalendarImporter importer = defaults.withOptions(options(defaults, workspace));
            ImportPreview preview = importer.preview(file);
            printPreview(out, preview);
            CalendarEntries checked = importer.entries(preview);
            if (dryRun) {
                out.println("dry run: nothing stored");
                return ExitCodes.OK;
            }
            context.get().calendar().workspaceService().requireReferencedTargets(new Workspace(List.of(), List.of(), checked.backupWindows(),
                    checked.cabMeetings(), checked.freezes(), checked.releases()), file.getFileName().toString(), create)
                    .forEach(c -> out.println("created " + c));
            CalendarEntries e = importer.store(preview, workspace, context.get().platform().evidenceLog());
            out.printf("imported %d releases, %d CAB meetings, %d freezes, %d backup windows, %d maintenance windows and external entries from %s%n",
                    e.releases().size(), e.cabMeetings().size(), e.freezes().size(), e.backupWindows().size(), checked.notes().size(), file);
            return ExitCodes.OK;
        } catch (RuntimeException ex) {
            spec.commandLine().getErr().println("import ics: " + ex.getMessage());
            return ExitCodes.ERROR;
        }
    }

    private IcsImportOptions options(CalendarImporter importer, WorkspaceRepository workspace) {
        IcsImportOptions o = importer.options();
        if (zone != null) {
            o = o.withZone(importer.zone(zone));
        }
        EntryKind kind = as == null ? null : EntryKind.ofToken(as).orElseThrow(() -> new IllegalArgumentException(
                "--as '" + as + "' is not one of " + EntryKind.tokens()));
        o = o.withKind(kind, systems, environments);
        if (mapping != null) {
            o = o.withMapping(importer.readMapping(mapping));
        }
        Set<String> knownSystems = workspace.systems().stream().map(ProtectedSystem::name).collect(Collectors.toSet());
        Set<String> knownEnvironments = workspace.policies().stream().map(Policy::target).map(t -> t.environment()).collect(Collectors.toSet());
        return o.withKnown(knownSystems, knownEnvironments);
    }

    private static void printPreview(PrintWriter out, ImportPreview preview) {
        out.printf("%s: %d events, floating times in %s%n", preview.fileName(), preview.events().size(), preview.zone());
        out.printf("%-5s %-36s %-44s %-28s %-18s %-17s %s%n", "line", "event", "recurrence", "zone", "kind", "decided by", "systems/envs");
        for (PreviewEvent e : preview.events()) {
            out.printf("%-5d %-36s %-44s %-28s %-18s %-17s %s%n", e.line(), cut(e.title(), 36), cut(e.recurrence(), 44), cut(e.zone(), 28),
                    e.kind().token(), e.kindSource(), targets(e));
        }
    }

    private static String targets(PreviewEvent e) {
        String s = String.join(",", e.systems());
        String env = String.join(",", e.environments());
        return (s.isEmpty() ? "-" : s) + " / " + (env.isEmpty() ? "all" : env);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
