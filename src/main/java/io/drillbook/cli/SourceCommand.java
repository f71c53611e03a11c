package io.drillbook.cli;

import io.drillbook.core.inventory.RefreshSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code source list} (and {@code source refresh}, registered beside): the inventory refresh sources headless. */
@ReadOnly
@Command(name = "source", mixinStandardHelpOptions = true, description = "List and refresh the live inventory's refresh sources.")
final class SourceCommand implements Runnable {
    private final Supplier<CliModules> context;

    @Spec
    CommandSpec spec;

    SourceCommand(Supplier<CliModules> context) {
        this.context = context;
    }

    @Override
    public void run() {
        list(false);
    }

    @ReadOnly
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every refresh source, one a line.")
    int list(@Option(names = "--json", description = "print JSON") boolean json) {
        List<Map<String, Object>> rows = context.get().settings().refreshSources().all().stream().map(SourceCommand::row).toList();
        if (json) {
            return ProfileCommand.printJson(spec, rows);
        }
        rows.forEach(r -> spec.commandLine().getOut().println(r.get("name") + "  " + r.get("kind") + " via " + r.get("profile")
                + ("command".equals(r.get("kind")) ? "  " + r.get("command") + " (" + r.get("format") + ") for " + r.get("target") : "")
                + ("0".equals(String.valueOf(r.get("intervalSeconds"))) ? "  on demand" : "  every " + r.get("interval"))));
        if (rows.isEmpty()) {
            spec.commandLine().getOut().println("no refresh sources (define them under refreshSources in the workspace file)");
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> row(RefreshSource s) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", s.name());
        r.put("kind", s.kind().name().toLowerCase());
        r.put("profile", s.profile());
        r.put("command", s.command());
        r.put("format", s.format());
        r.put("namingRule", s.namingRule());
        r.put("target", s.target() == null ? "" : s.target().toString());
        r.put("interval", s.interval().toString());
        r.put("intervalSeconds", s.interval().toSeconds());
        return r;
    }
}
