package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionProfileRepository;
import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.connect.ConnectionTester;
import io.drillbook.core.connect.HostKeyDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code drillbook test-connection NAME [--accept-host-key SHA256:...]}: checks a stored
 * connection profile headless. An unknown host key is accepted only when its fingerprint equals
 * the one given. Exit 0 when the test passed, 1 when it failed, 2 when the profile does not exist.
 */
@Mutates(Action.TEST_CONNECTIONS)
@Command(name = "test-connection", mixinStandardHelpOptions = true,
        description = "Connect to a stored connection profile, check its host key and authentication, and time a round trip.")
public final class ConnectionTestCommand implements Callable<Integer> {
    private final Supplier<ConnectionProfileRepository> profiles;
    private final Function<HostKeyDecision, ConnectionTester> testers;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROFILE", description = "name of the connection profile")
    String profileName;

    @Option(names = "--accept-host-key", paramLabel = "SHA256:...",
            description = "trust an unknown host key only if its fingerprint is exactly this")
    String acceptHostKey;

    /**
     * @param testers makes a tester that consults the given decision for unknown host keys
     */
    public ConnectionTestCommand(Supplier<ConnectionProfileRepository> profiles, Function<HostKeyDecision, ConnectionTester> testers) {
        this.profiles = profiles;
        this.testers = testers;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ConnectionProfile> profile = profiles.get().find(profileName);
        if (profile.isEmpty()) {
            err.println("no connection profile named '" + profileName + "'");
            return 2;
        }
        HostKeyDecision decision = acceptHostKey == null ? HostKeyDecision.REJECT : HostKeyDecision.acceptOnly(acceptHostKey);
        ConnectionTest result = testers.apply(decision).test(profile.get());
        print(result, out);
        return result.ok() ? 0 : 1;
    }

    private static void print(ConnectionTest t, PrintWriter out) {
        if (t.ok()) {
            out.printf("OK %s: host key %s %s, auth %s, round trip %d ms%n", t.profile(), t.hostKeyType(),
                    t.hostKeyFingerprint(), t.authMethod(), t.latency().toMillis());
        } else {
            out.printf("FAILED %s at %s: %s%n", t.profile(), t.stage(), t.problem());
            if ("host key".equals(t.stage())) {
                out.println("If you have checked the fingerprint with the host's administrator, re-run with "
                        + "--accept-host-key <that fingerprint>.");
            }
        }
        out.flush();
    }
}
