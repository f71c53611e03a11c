package io.drillbook.infra.ssh;

import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.CommandSession;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.TransferResult;
import io.drillbook.core.work.CancellationToken;
import net.schmizz.sshj.connection.channel.direct.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A {@link RemoteShell} over one sshj connection. Each command runs in its own session channel
 * (a {@link CommandSession} runs many in one long-lived shell instead);
 * if the connection dropped, it is re-opened once before a command starts (never mid-command).
 */
public final class SshjRemoteShell implements RemoteShell {
    private static final Logger LOGGER = LoggerFactory.getLogger(SshjRemoteShell.class);

    private final SshConnector connector;
    private final ConnectionProfile profile;
    private final ExecutorService readers = Executors.newCachedThreadPool();
    private SshSession session;

    SshjRemoteShell(SshConnector connector, SshSession session) {
        this.connector = connector;
        this.profile = session.profile();
        this.session = session;
    }

    @Override
    public ConnectionProfile profile() {
        return profile;
    }

    @Override
    public CommandResult run(CommandRequest request, OutputListener listener, CancellationToken cancel) {
        cancel.throwIfCancelled();
        LOGGER.debug("Running on {}: {}", profile.address(), request.shown());
        Session channel = openChannel();
        SshjCommandRun run = new SshjCommandRun(this, channel, request, readers);
        CommandResult result = run.execute(listener, cancel);
        LOGGER.info("On {}: {} -> {}", profile.address(), request.shown(), result.outcome());
        return result;
    }

    /** Steps of a drill run in one long-lived shell on this connection: see {@link SshjCommandSession}. */
    @Override
    public CommandSession openSession() {
        return new SshjCommandSession(this);
    }

    /** A fresh session channel; reconnects once if the connection is gone. */
    Session openChannel() {
        try {
            return current().client().startSession();
        } catch (IOException | IllegalStateException first) {
            // sshj throws IllegalStateException("Not connected") when the drop was noticed in between.
            LOGGER.info("Connection to {} dropped ({}); reconnecting once", profile.address(), first.getMessage());
            reconnect();
            try {
                return current().client().startSession();
            } catch (IOException second) {
                throw new ConnectorException("cannot start a command on " + profile.address() + ": "
                        + SshConnector.describe(second), second);
            }
        }
    }

    /** Threads that drain command output. */
    ExecutorService readers() {
        return readers;
    }

    /** True while the connection is up, without reconnecting. */
    synchronized boolean connected() {
        return session.isAlive();
    }

    synchronized SshSession current() {
        if (!session.isAlive()) {
            reconnect();
        }
        return session;
    }

    private synchronized void reconnect() {
        session.close();
        session = connector.connect(profile);
    }

    /** Runs a short helper command (kill, checksum) and returns its stdout, or null if it failed to start. */
    String runHelper(String command) {
        try (Session helper = current().client().startSession()) {
            Session.Command cmd = helper.exec(command);
            String out = new String(cmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            cmd.join(profile.connectTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return out;
        } catch (IOException e) {
            LOGGER.warn("Helper command on {} failed: {}", profile.address(), e.getMessage());
            return null;
        }
    }

    @Override
    public TransferResult upload(Path local, String remotePath, CancellationToken cancel) {
        return new SftpTransfers(this).upload(local, remotePath, cancel);
    }

    @Override
    public TransferResult download(String remotePath, Path local, CancellationToken cancel) {
        return new SftpTransfers(this).download(remotePath, local, cancel);
    }

    @Override
    public synchronized void close() {
        readers.shutdownNow();
        session.close();
    }
}
