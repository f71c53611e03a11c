package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.ports.WorkspaceRepository;
import io.drillbook.infra.ics.IcsImporter;
import picocli.CommandLine.Command;
import io.drillbook.core.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code import ics FILE}: imports a calendar file all or nothing. Exit 0 imported, 2 nothing imported. */
@Mutates(Action.EDIT_CALENDAR)
@Command(name = "ics", mixinStandardHelpOptions = true, description = "Import an iCalendar file (Outlook, Google, Thunderbird, Drillbook) all or nothing.")
public final class ImportIcsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .ics file")
    Path file;

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
        try {
            CalendarEntries read = context.get().icsImporter().read(file);
            context.get().workspaceService().requireReferencedTargets(new Workspace(List.of(), List.of(), read.backupWindows(),
                    read.cabMeetings(), read.freezes(), read.releases()), file.getFileName().toString(), create)
                    .forEach(c -> spec.commandLine().getOut().println("created " + c));
            CalendarEntries e = context.get().icsImporter().importFile(file, context.get().workspaceRepository(), context.get().evidenceLog());
            spec.commandLine().getOut().printf("imported %d releases, %d CAB meetings, %d freezes, %d backup windows from %s%n",
                    e.releases().size(), e.cabMeetings().size(), e.freezes().size(), e.backupWindows().size(), file);
            return 0;
        } catch (RuntimeException ex) {
            spec.commandLine().getErr().println("import ics: " + ex.getMessage());
            return 2;
        }
    }
}
