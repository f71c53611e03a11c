package io.drillbook.infra.ssh;

import io.drillbook.core.connect.AuthenticationException;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.DirectConnection;
import net.schmizz.sshj.userauth.UserAuthException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Opens authenticated sshj connections for profiles: strict host keys, key/password auth with
 * secrets asked for through a {@link SecretPrompt}, keep-alive, and jump hosts via direct-tcpip.
 */
public final class SshConnector {
    private static final Logger LOGGER = LoggerFactory.getLogger(SshConnector.class);

    private final Path userKnownHosts;
    private final DrillbookKnownHosts knownHosts;
    private final HostKeyDecision decision;
    private final SecretPrompt prompt;
    private final Function<String, Optional<ConnectionProfile>> profilesByName;
    private final Path agentSocket;

    /**
     * @param userKnownHosts  the user's known_hosts (read only), usually {@code ~/.ssh/known_hosts}
     * @param knownHosts      Drillbook's own known-hosts file, where accepted keys are added
     * @param profilesByName  looks up jump-host profiles by name
     */
    public SshConnector(Path userKnownHosts, DrillbookKnownHosts knownHosts, HostKeyDecision decision,
                        SecretPrompt prompt, Function<String, Optional<ConnectionProfile>> profilesByName) {
        this(userKnownHosts, knownHosts, decision, prompt, profilesByName, agentSocketFromEnvironment());
    }

    private SshConnector(Path userKnownHosts, DrillbookKnownHosts knownHosts, HostKeyDecision decision,
                         SecretPrompt prompt, Function<String, Optional<ConnectionProfile>> profilesByName, Path agentSocket) {
        this.agentSocket = agentSocket;
        this.userKnownHosts = userKnownHosts;
        this.knownHosts = knownHosts;
        this.decision = decision;
        this.prompt = prompt;
        this.profilesByName = profilesByName;
    }

    /** The same connector, using the ssh-agent listening on {@code socket} (instead of SSH_AUTH_SOCK's). */
    public SshConnector withAgentSocket(Path socket) {
        return new SshConnector(userKnownHosts, knownHosts, decision, prompt, profilesByName, socket);
    }

    private static Path agentSocketFromEnvironment() {
        String socket = System.getenv("SSH_AUTH_SOCK");
        return socket == null || socket.isBlank() ? null : Path.of(socket);
    }

    /** A connected, authenticated session with the profile's host (and its jump host, if any). */
    public SshSession connect(ConnectionProfile profile) {
        return connect(profile, decision);
    }

    SshSession connect(ConnectionProfile profile, HostKeyDecision hostKeyDecision) {
        Optional<ConnectionProfile> jump = profile.jump().map(this::jumpProfile);
        SshSession via = jump.map(j -> connect(j, hostKeyDecision)).orElse(null);
        StrictHostKeyVerifier verifier = new StrictHostKeyVerifier(userKnownHosts, knownHosts, hostKeyDecision);
        SSHClient client = newClient(profile, verifier);
        try {
            open(client, profile, via, verifier);
            authenticate(client, profile);
            startKeepAlive(client, profile);
            LOGGER.info("Connected to {}{}", profile.address(), via == null ? "" : " via " + via.profile().address());
            return new SshSession(profile, client, via, verifier);
        } catch (RuntimeException e) {
            closeQuietly(client, via);
            throw e;
        }
    }

    private ConnectionProfile jumpProfile(String name) {
        return profilesByName.apply(name)
                .orElseThrow(() -> new ConnectorException("jump host profile '" + name + "' does not exist"));
    }

    private static SSHClient newClient(ConnectionProfile profile, StrictHostKeyVerifier verifier) {
        DefaultConfig config = new DefaultConfig();
        config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
        SSHClient client = new SSHClient(config);
        client.addHostKeyVerifier(verifier);
        client.setConnectTimeout((int) profile.connectTimeout().toMillis());
        return client;
    }

    private static void open(SSHClient client, ConnectionProfile profile, SshSession via, StrictHostKeyVerifier verifier) {
        try {
            if (via == null) {
                client.connect(profile.host(), profile.port());
                // Without this, Nagle and delayed ACKs stall every short command by ~40 ms.
                client.getSocket().setTcpNoDelay(true);
            } else {
                DirectConnection tunnel = via.client().newDirectConnection(profile.host(), profile.port());
                client.connectVia(tunnel);
            }
        } catch (IOException e) {
            if (verifier.failure().isPresent()) {
                throw verifier.failure().get();
            }
            throw new ConnectorException("cannot connect to " + profile.address() + ": " + describe(e), e);
        }
    }

    private void authenticate(SSHClient client, ConnectionProfile profile) {
        try {
            SshAuthentication.authenticate(client, profile, prompt, agentSocket);
        } catch (UserAuthException e) {
            throw new AuthenticationException("authentication as " + profile.user() + " on " + profile.address()
                    + " by " + profile.auth() + " failed: " + describe(e), e);
        } catch (IOException e) {
            throw new ConnectorException("authentication on " + profile.address() + " failed: " + describe(e), e);
        }
    }

    private static void startKeepAlive(SSHClient client, ConnectionProfile profile) {
        int seconds = (int) profile.keepAlive().toSeconds();
        if (seconds > 0) {
            client.getConnection().getKeepAlive().setKeepAliveInterval(seconds);
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void closeQuietly(SSHClient client, SshSession via) {
        try {
            client.disconnect();
        } catch (IOException e) {
            LOGGER.debug("Disconnect after failure failed", e);
        }
        if (via != null) {
            via.close();
        }
    }
}
