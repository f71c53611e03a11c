package io.drillbook.infra.ssh;

import io.drillbook.core.connect.CapturedOutput;
import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.OutputChannel;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.work.CancellationToken;
import net.schmizz.sshj.connection.channel.direct.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** One command on its own session channel: output readers, timeout, cancel, exit status. */
final class SshjCommandRun extends SshjCommandExecution {
    private static final Logger LOGGER = LoggerFactory.getLogger(SshjCommandRun.class);

    private final Session channel;
    private final ExecutorService readers;

    SshjCommandRun(SshjRemoteShell shell, Session channel, CommandRequest request, ExecutorService readers) {
        super(shell, request);
        this.channel = channel;
        this.readers = readers;
    }

    CommandResult execute(OutputListener listener, CancellationToken cancel) {
        long start = System.nanoTime();
        try (Session ignored = channel) {
            Session.Command cmd = channel.exec(RemotePid.wrap(request.command()));
            String id = UUID.randomUUID().toString();
            Future<CapturedOutput> out = readers.submit(() -> capture(OutputChannel.STDOUT, id, listener)
                    .drain(cmd.getInputStream(), stopped::get));
            Future<CapturedOutput> err = readers.submit(() -> capture(OutputChannel.STDERR, id, listener)
                    .drain(RemotePid.strip(cmd.getErrorStream(), pid), stopped::get));
            cancel.onCancel(this::stopOnCancel);
            boolean timedOut = !awaitWithin(out, err, start);
            if (timedOut) {
                stop("timeout");
            }
            CapturedOutput stdout = collect(out);
            CapturedOutput stderr = collect(err);
            cmd.join(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            finished.set(true);
            Integer exit = cmd.getExitStatus();
            return new CommandResult(request.shown(), exit == null ? -1 : exit, timedOut, cancelled.get(),
                    Duration.ofNanos(System.nanoTime() - start), stdout, stderr);
        } catch (IOException e) {
            throw new ConnectorException("command on " + shell.profile().address() + " failed: " + SshConnector.describe(e), e);
        } finally {
            finished.set(true);
        }
    }

    @Override
    void abandon() {
        try {
            channel.close();
        } catch (IOException e) {
            LOGGER.debug("Closing channel failed", e);
        }
    }
}
