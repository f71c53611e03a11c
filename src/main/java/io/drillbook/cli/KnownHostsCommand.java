package io.drillbook.cli;

import io.drillbook.core.team.Action;

import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.KnownHostKey;
import io.drillbook.core.settings.SettingsService;
import io.drillbook.core.workspace.PinnedHostKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code known-hosts list|trust|remove}: the host keys Drillbook trusts, headless. {@code trust}
 * pins a host's SHA-256 fingerprint (as {@code trustedHostKeys} in the workspace file does);
 * {@code remove} forgets a host's pin and recorded keys. Changes need the admin role and are evidence.
 */
@ReadOnly
@Command(name = "known-hosts", mixinStandardHelpOptions = true,
        description = "List, trust (pin a fingerprint) and remove the host keys Drillbook trusts.")
final class KnownHostsCommand implements Runnable {
    private final Supplier<CliModules> context;

    @Spec
    CommandSpec spec;

    KnownHostsCommand(Supplier<CliModules> context) {
        this.context = context;
    }

    @Override
    public void run() {
        list(false);
    }

    @ReadOnly
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Pinned fingerprints and the keys in Drillbook's known-hosts file.")
    int list(@Option(names = "--json", description = "print JSON") boolean json) {
        CliModules ctx = context.get();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PinnedHostKey pin : ctx.settings().pinsAndSecrets().pins()) {
            rows.add(row(pin.hostPattern(), "", pin.fingerprint(), "pinned"));
        }
        for (KnownHostKey k : settings(ctx).knownHostKeys()) {
            rows.add(row(k.hostPattern(), k.keyType(), k.fingerprint(), "recorded"));
        }
        if (json) {
            return ProfileCommand.printJson(spec, rows);
        }
        rows.forEach(r -> spec.commandLine().getOut().println(r.get("source") + "  " + r.get("host") + "  "
                + (r.get("keyType").toString().isEmpty() ? "" : r.get("keyType") + "  ") + r.get("fingerprint")));
        if (rows.isEmpty()) {
            spec.commandLine().getOut().println("no trusted host keys");
        }
        return ExitCodes.OK;
    }

    @Mutates(Action.EDIT_PROFILES)
    @Command(name = "trust", mixinStandardHelpOptions = true,
            description = "Trust HOST[:PORT] when its key has FINGERPRINT (SHA256:..., from ssh-keygen -lf); admin, evidence.")
    int trust(@Parameters(paramLabel = "HOST[:PORT]") String host, @Parameters(paramLabel = "FINGERPRINT") String fingerprint) {
        HostAndPort h = HostAndPort.parse(host);
        PinnedHostKey pin = new PinnedHostKey(h.host(), h.port(), fingerprint);
        settings(context.get()).pinHostKey(pin);
        spec.commandLine().getOut().println("trusting " + pin.hostPattern() + " with key " + fingerprint);
        return ExitCodes.OK;
    }

    @Mutates(Action.EDIT_PROFILES)
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Forget HOST[:PORT]: its pin and recorded keys; the next connection checks again (admin, evidence).")
    int remove(@Parameters(paramLabel = "HOST[:PORT]") String host) {
        HostAndPort h = HostAndPort.parse(host);
        int removed = settings(context.get()).forgetHost(h.host(), h.port());
        if (removed == 0) {
            spec.commandLine().getErr().println("drillbook: no trusted key for " + host);
            return ExitCodes.ERROR;
        }
        spec.commandLine().getOut().println("removed " + removed + " trusted key(s) of " + host);
        return ExitCodes.OK;
    }

    private static SettingsService settings(CliModules ctx) {
        return ctx.settings().settingsService(ctx.settings().connectors(HostKeyDecision.REJECT, new TerminalSecretPrompt()));
    }

    private static Map<String, Object> row(String host, String type, String fingerprint, String source) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("host", host);
        r.put("keyType", type);
        r.put("fingerprint", fingerprint);
        r.put("source", source);
        return r;
    }

    /** {@code host}, {@code host:port} or {@code [host]:port}. */
    record HostAndPort(String host, int port) {
        static HostAndPort parse(String text) {
            String t = text.strip();
            if (t.startsWith("[") && t.contains("]:")) {
                return new HostAndPort(t.substring(1, t.indexOf(']')), Integer.parseInt(t.substring(t.indexOf("]:") + 2)));
            }
            int colon = t.lastIndexOf(':');
            if (colon > 0 && t.indexOf(':') == colon) {
                return new HostAndPort(t.substring(0, colon), Integer.parseInt(t.substring(colon + 1)));
            }
            return new HostAndPort(t, 22);
        }
    }
}
