package io.drillbook.infra.ssh;

import io.drillbook.core.connect.CapturedOutput;
import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.CommandSession;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.OutputChannel;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.work.CancellationToken;
import net.schmizz.sshj.connection.channel.direct.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Future;

/**
 * Runs a series of commands in one long-lived {@code /bin/sh} on one session channel, instead of
 * a channel (and a login session on the server) per command. Each command is framed by
 * {@link SessionScript}: it runs in its own process, its stdout and stderr end at a marker with a
 * per-command token, and its exit status comes after the stdout marker. A timeout or cancel stops
 * the command's process tree (the session shell then prints the markers and goes on); if the
 * session cannot be brought back to a known state, its channel is closed and the next command
 * opens a fresh one.
 */
final class SshjCommandSession implements CommandSession {
    private static final Logger LOGGER = LoggerFactory.getLogger(SshjCommandSession.class);

    private final SshjRemoteShell shell;
    private Session channel;
    private OutputStream script;
    private InputStream stdout;
    private InputStream stderr;

    SshjCommandSession(SshjRemoteShell shell) {
        this.shell = shell;
    }

    @Override
    public synchronized CommandResult run(CommandRequest request, OutputListener listener, CancellationToken cancel) {
        cancel.throwIfCancelled();
        LOGGER.debug("Running in session on {}: {}", shell.profile().address(), request.shown());
        open();
        CommandResult result = new Framed(request, SessionScript.of(request.command())).execute(listener, cancel);
        LOGGER.info("On {}: {} -> {}", shell.profile().address(), request.shown(), result.outcome());
        return result;
    }

    private void open() {
        if (channel != null && channel.isOpen() && shell.connected()) {
            return;
        }
        // A session whose connection dropped between commands is replaced; one that drops during
        // a command fails that command (it may have run) and is replaced before the next.
        closeChannel();
        channel = shell.openChannel();
        try {
            Session.Command command = channel.exec(SessionScript.SHELL);
            script = command.getOutputStream();
            stdout = new BufferedInputStream(command.getInputStream());
            stderr = new BufferedInputStream(command.getErrorStream());
        } catch (IOException e) {
            closeChannel();
            throw new ConnectorException("cannot start a shell on " + shell.profile().address() + ": "
                    + SshConnector.describe(e), e);
        }
    }

    @Override
    public synchronized void close() {
        if (channel != null && channel.isOpen()) {
            try {
                script.write("exit\n".getBytes(StandardCharsets.US_ASCII));
                script.flush();
            } catch (IOException e) {
                LOGGER.debug("Ending the session shell failed", e);
            }
        }
        closeChannel();
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOGGER.debug("Closing the session channel failed", e);
            }
        }
        channel = null;
    }

    /** One command in the session. */
    private final class Framed extends SshjCommandExecution {
        private final SessionScript framing;

        Framed(CommandRequest request, SessionScript framing) {
            super(SshjCommandSession.this.shell, request);
            this.framing = framing;
        }

        CommandResult execute(OutputListener listener, CancellationToken cancel) {
            long start = System.nanoTime();
            MarkedStream out = new MarkedStream(stdout, framing.endMarker());
            MarkedStream err = new MarkedStream(stderr, framing.endMarker());
            String id = UUID.randomUUID().toString();
            try {
                script.write(framing.text().getBytes(StandardCharsets.UTF_8));
                script.flush();
            } catch (IOException e) {
                closeChannel();
                throw new ConnectorException("command on " + shell.profile().address() + " failed: " + SshConnector.describe(e), e);
            }
            Future<CapturedOutput> outReader = shell.readers().submit(() -> capture(OutputChannel.STDOUT, id, listener)
                    .drain(out, stopped::get));
            Future<CapturedOutput> errReader = shell.readers().submit(() -> capture(OutputChannel.STDERR, id, listener)
                    .drain(RemotePid.strip(err, pid), stopped::get));
            try {
                cancel.onCancel(this::stopOnCancel);
                boolean timedOut = !awaitWithin(outReader, errReader, start);
                if (timedOut) {
                    stop("timeout");
                }
                CapturedOutput capturedOut = collect(outReader);
                CapturedOutput capturedErr = collect(errReader);
                if (!out.markerSeen() || !err.markerSeen()) {
                    LOGGER.warn("Session on {} ended without the command's end marker; it will be reopened",
                            shell.profile().address());
                    closeChannel();
                }
                int exit = out.markerSeen() ? exitStatus(out.trailer()) : -1;
                return new CommandResult(request.shown(), exit, timedOut, cancelled.get(),
                        Duration.ofNanos(System.nanoTime() - start), capturedOut, capturedErr);
            } finally {
                finished.set(true);
            }
        }

        /** Called from the cancel thread too: closes the channel without taking the session's lock. */
        @Override
        void abandon() {
            Session current = channel;
            if (current != null) {
                try {
                    current.close();
                } catch (IOException e) {
                    LOGGER.debug("Closing the session channel failed", e);
                }
            }
        }
    }

    private static int exitStatus(String trailer) {
        try {
            return Integer.parseInt(trailer);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
