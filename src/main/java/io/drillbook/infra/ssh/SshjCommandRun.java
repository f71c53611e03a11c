package io.drillbook.infra.ssh;

import io.drillbook.core.connect.CapturedOutput;
import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.OutputCapture;
import io.drillbook.core.connect.OutputChannel;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.work.CancellationToken;
import net.schmizz.sshj.connection.channel.direct.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** One command on one session channel: output readers, timeout, cancel, exit status. */
final class SshjCommandRun {
    private static final Logger LOGGER = LoggerFactory.getLogger(SshjCommandRun.class);
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final SshjRemoteShell shell;
    private final Session channel;
    private final CommandRequest request;
    private final Duration timeout;
    private final ExecutorService readers;
    private final CompletableFuture<Long> pid = new CompletableFuture<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    SshjCommandRun(SshjRemoteShell shell, Session channel, CommandRequest request, Duration defaultTimeout,
                   ExecutorService readers) {
        this.shell = shell;
        this.channel = channel;
        this.request = request;
        this.timeout = request.timeoutOr(defaultTimeout);
        this.readers = readers;
    }

    CommandResult execute(OutputListener listener, CancellationToken cancel) {
        long start = System.nanoTime();
        try (Session ignored = channel) {
            Session.Command cmd = channel.exec(RemotePid.wrap(request.command()));
            String id = UUID.randomUUID().toString();
            Future<CapturedOutput> out = readers.submit(() -> capture(OutputChannel.STDOUT, id, listener).drain(cmd.getInputStream()));
            Future<CapturedOutput> err = readers.submit(() -> capture(OutputChannel.STDERR, id, listener)
                    .drain(RemotePid.strip(cmd.getErrorStream(), pid)));
            cancel.onCancel(() -> stopOnCancel());
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

    private OutputCapture capture(OutputChannel which, String id, OutputListener listener) throws IOException {
        Files.createDirectories(request.outputDir());
        Path file = request.outputDir().resolve(id + "." + which.name().toLowerCase());
        return new OutputCapture(which, file, request.keepBytes(), listener);
    }

    /** True when both readers ended before the deadline. */
    private boolean awaitWithin(Future<CapturedOutput> out, Future<CapturedOutput> err, long start) {
        long deadline = start + timeout.toNanos();
        try {
            out.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            err.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop("interrupt");
            return true;
        }
    }

    private void stopOnCancel() {
        if (!finished.get()) {
            cancelled.set(true);
            stop("cancel");
        }
    }

    /** Stops the remote process tree; if its PID never arrived, closes the channel instead. */
    private void stop(String why) {
        long remotePid = pid.getNow(-1L);
        if (remotePid <= 0) {
            remotePid = pid.completeOnTimeout(-1L, GRACE.toMillis(), TimeUnit.MILLISECONDS).join();
        }
        LOGGER.info("Stopping command on {} (remote pid {}) after {}", shell.profile().address(), remotePid, why);
        if (remotePid > 0) {
            shell.runHelper(RemotePid.killTree(remotePid));
        } else {
            closeChannel();
        }
    }

    /** The reader's result; if it is still blocked after the grace period, the channel is closed under it. */
    private CapturedOutput collect(Future<CapturedOutput> reader) {
        try {
            try {
                return reader.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                LOGGER.warn("Output of {} still open after the command was stopped; closing the channel", shell.profile().address());
                closeChannel();
                return reader.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException e) {
            throw new ConnectorException("reading output from " + shell.profile().address() + " failed: "
                    + SshConnector.describe(e.getCause()), e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            throw new ConnectorException("output from " + shell.profile().address() + " did not end", e);
        }
    }

    private void closeChannel() {
        try {
            channel.close();
        } catch (IOException e) {
            LOGGER.debug("Closing channel failed", e);
        }
    }
}
