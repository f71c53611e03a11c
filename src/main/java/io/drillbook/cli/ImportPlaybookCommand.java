package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code import playbook FILE}: checks a playbook file and stores it in the workspace under its name. */
@Mutates(Action.RUN_PLAYBOOK)
@Command(name = "playbook", mixinStandardHelpOptions = true,
        description = "Add or replace a rollback playbook in the workspace from a YAML file.")
public final class ImportPlaybookCommand implements Callable<Integer> {
    private final Supplier<PlaybookLibrary> library;

    @Parameters(paramLabel = "FILE", description = "The playbook file (YAML)")
    Path file;

    @Spec
    CommandSpec spec;

    public ImportPlaybookCommand(Supplier<PlaybookLibrary> library) {
        this.library = library;
    }

    @Override
    public Integer call() throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Playbook playbook = library.get().importText(text, file.toString());
        spec.commandLine().getOut().println("imported playbook '" + playbook.name() + "' for " + playbook.systemEnv()
                + " (" + playbook.steps().size() + " steps)");
        return ExitCodes.OK;
    }
}
