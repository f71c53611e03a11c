package io.drillbook.infra.ssh;

import io.drillbook.core.connect.CapturedOutput;
import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.OutputCapture;
import io.drillbook.core.connect.OutputChannel;
import io.drillbook.core.connect.OutputListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What running one command over SSH needs however it was started (its own exec channel, or a
 * session shell): output capture, the timeout, and stopping the remote process tree on timeout or
 * cancel, by the PID the {@link RemotePid} wrapper reports, or by abandoning the channel when no
 * PID came.
 */
abstract class SshjCommandExecution {
    private static final Logger LOGGER = LoggerFactory.getLogger(SshjCommandExecution.class);
    static final Duration GRACE = Duration.ofSeconds(5);

    final SshjRemoteShell shell;
    final CommandRequest request;
    final Duration timeout;
    final CompletableFuture<Long> pid = new CompletableFuture<>();
    final AtomicBoolean finished = new AtomicBoolean();
    final AtomicBoolean cancelled = new AtomicBoolean();
    final AtomicBoolean stopped = new AtomicBoolean();

    SshjCommandExecution(SshjRemoteShell shell, CommandRequest request) {
        this.shell = shell;
        this.request = request;
        this.timeout = request.timeoutOr(shell.profile().commandTimeout());
    }

    /** Closes the channel the command runs on: the last resort when it cannot be stopped otherwise. */
    abstract void abandon();

    OutputCapture capture(OutputChannel which, String id, OutputListener listener) throws IOException {
        io.drillbook.core.evidence.OwnerOnlyFiles.createDirectories(request.outputDir());
        Path file = request.outputDir().resolve(id + "." + which.name().toLowerCase());
        return new OutputCapture(which, file, request.keepBytes(), listener);
    }

    /** True when both readers ended before the deadline. */
    boolean awaitWithin(Future<CapturedOutput> out, Future<CapturedOutput> err, long start) {
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

    void stopOnCancel() {
        if (!finished.get()) {
            cancelled.set(true);
            stop("cancel");
        }
    }

    /** Stops the remote process tree; if its PID never arrived (or the kill could not start), abandons the channel. */
    void stop(String why) {
        stopped.set(true);
        long remotePid = pid.getNow(-1L);
        if (remotePid <= 0) {
            remotePid = pid.completeOnTimeout(-1L, GRACE.toMillis(), TimeUnit.MILLISECONDS).join();
        }
        LOGGER.info("Stopping command on {} (remote pid {}) after {}", shell.profile().address(), remotePid, why);
        if (remotePid <= 0 || shell.runHelper(RemotePid.killTree(remotePid)) == null) {
            abandon();
        }
    }

    /** The reader's result; if it is still blocked after the grace period, the channel is abandoned under it. */
    CapturedOutput collect(Future<CapturedOutput> reader) {
        try {
            try {
                return reader.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                LOGGER.warn("Output of {} still open after the command was stopped; closing the channel", shell.profile().address());
                stopped.set(true);
                abandon();
                return reader.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException e) {
            abandon();
            throw new ConnectorException("reading output from " + shell.profile().address() + " failed: "
                    + SshConnector.describe(e.getCause()), e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            abandon();
            throw new ConnectorException("output from " + shell.profile().address() + " did not end", e);
        }
    }
}
