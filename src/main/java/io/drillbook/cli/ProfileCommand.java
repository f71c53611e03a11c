package io.drillbook.cli;

import io.drillbook.core.team.Action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.settings.ProfileFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code profile list|show|remove} (and {@code profile test}, registered beside): connection and
 * storage profiles headless, with their secret references, never values. Removing needs the admin
 * role and is evidence.
 */
@ReadOnly
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "List, show, test and remove connection and storage profiles (secrets shown only as references).")
final class ProfileCommand implements Runnable {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Supplier<CliModules> context;

    @Spec
    CommandSpec spec;

    ProfileCommand(Supplier<CliModules> context) {
        this.context = context;
    }

    @Override
    public void run() {
        list(false);
    }

    @ReadOnly
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every connection and storage profile, one a line.")
    int list(@Option(names = "--json", description = "print JSON") boolean json) {
        List<Map<String, Object>> all = all();
        if (json) {
            return printJson(spec, all);
        }
        all.forEach(p -> spec.commandLine().getOut().println(ProfileFacts.line(p)));
        if (all.isEmpty()) {
            spec.commandLine().getOut().println("no profiles (define them under connectionProfiles / storageProfiles in the workspace file)");
        }
        return ExitCodes.OK;
    }

    @ReadOnly
    @Command(name = "show", mixinStandardHelpOptions = true, description = "One profile with every setting.")
    int show(@Parameters(paramLabel = "NAME") String name, @Option(names = "--json", description = "print JSON") boolean json) {
        List<Map<String, Object>> found = all().stream().filter(p -> name.equals(p.get("name"))).toList();
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("drillbook: no profile named '" + name + "'");
            return ExitCodes.ERROR;
        }
        if (json) {
            return printJson(spec, found.size() == 1 ? found.get(0) : found);
        }
        found.forEach(p -> p.forEach((k, v) -> spec.commandLine().getOut().println(k + ": " + v)));
        return ExitCodes.OK;
    }

    @Mutates(Action.EDIT_PROFILES)
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a connection or storage profile and its secret references (admin; recorded as evidence).")
    int remove(@Parameters(paramLabel = "NAME") String name) {
        CliModules ctx = context.get();
        boolean removed = ctx.settings().settingsService(ctx.settings().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt())).removeProfile(name);
        if (!removed) {
            spec.commandLine().getErr().println("drillbook: no profile named '" + name + "'");
            return ExitCodes.ERROR;
        }
        spec.commandLine().getOut().println("removed profile " + name);
        return ExitCodes.OK;
    }

    private List<Map<String, Object>> all() {
        CliModules ctx = context.get();
        List<Map<String, Object>> out = new ArrayList<>();
        ctx.settings().connectionProfiles().all().forEach(p -> out.add(ProfileFacts.of(p, ctx.settings().pinsAndSecrets().secrets())));
        ctx.settings().storageProfiles().all().forEach(p -> out.add(ProfileFacts.of(p)));
        return out;
    }

    static int printJson(CommandSpec spec, Object value) {
        try {
            spec.commandLine().getOut().println(JSON.writeValueAsString(value));
            return ExitCodes.OK;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
