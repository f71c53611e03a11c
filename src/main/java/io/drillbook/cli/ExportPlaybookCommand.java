package io.drillbook.cli;

import io.drillbook.core.playbook.PlaybookLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code export playbook NAME [--out FILE]}: writes a stored playbook's YAML as it was imported. */
@ReadOnly
@Command(name = "playbook", mixinStandardHelpOptions = true, description = "Write a stored rollback playbook as YAML.")
public final class ExportPlaybookCommand implements Callable<Integer> {
    private final Supplier<PlaybookLibrary> library;

    @Parameters(paramLabel = "NAME", description = "The playbook's name")
    String name;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    public ExportPlaybookCommand(Supplier<PlaybookLibrary> library) {
        this.library = library;
    }

    @Override
    public Integer call() throws Exception {
        String yaml = library.get().export(name);
        if (out == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            io.drillbook.core.evidence.OwnerOnlyFiles.write(out, yaml.getBytes(StandardCharsets.UTF_8));
        }
        return ExitCodes.OK;
    }
}
