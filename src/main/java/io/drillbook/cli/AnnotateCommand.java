package io.drillbook.cli;

import io.drillbook.core.connect.ShellQuote;
import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.pipeline.BackupAnnotations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code annotate --system S --env E [--format json|kubectl|yaml]}: the newest good (and newest
 * verified) backup as Kubernetes annotations under {@value BackupAnnotations#PREFIX}. Exit 0 with
 * annotations, 1 when the target has no good backup.
 */
@ReadOnly
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Newest good and verified backup as Kubernetes annotations (drillbook.io/...) for kubectl, Argo CD or Spinnaker.")
final class AnnotateCommand implements Callable<Integer> {
    @Option(names = "--system", required = true, description = "system name, e.g. shop")
    String system;

    @Option(names = "--env", required = true, description = "environment, e.g. prod")
    String environment;

    @Option(names = "--format", defaultValue = "kubectl", description = "kubectl (key=value per line, for xargs kubectl annotate), "
            + "json (a merge patch for kubectl patch) or yaml (a metadata block for a manifest); default ${DEFAULT-VALUE}")
    String format;

    @Spec
    CommandSpec spec;

    private final Supplier<BackupAnnotations> annotations;

    AnnotateCommand(Supplier<BackupAnnotations> annotations) {
        this.annotations = annotations;
    }

    @Override
    public Integer call() {
        if (!java.util.List.of("kubectl", "json", "yaml").contains(format)) {
            spec.commandLine().getErr().println("annotate: --format '" + format + "' is not one of kubectl, json, yaml");
            return ExitCodes.ERROR;
        }
        SystemEnv target = new SystemEnv(system, environment);
        Map<String, String> a = annotations.get().of(target);
        if (a.isEmpty()) {
            spec.commandLine().getErr().println("annotate: no good backup of " + target + " is recorded");
            return ExitCodes.NO;
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> out.println(CanonicalJson.write(Map.of("metadata", Map.of("annotations", a))));
            case "yaml" -> {
                out.println("metadata:");
                out.println("  annotations:");
                a.forEach((k, v) -> out.println("    " + k + ": " + CanonicalJson.write(v)));
            }
            default -> a.forEach((k, v) -> out.println(ShellQuote.quote(k + "=" + v)));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
