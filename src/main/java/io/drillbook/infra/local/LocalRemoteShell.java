package io.drillbook.infra.local;

import io.drillbook.core.connect.CapturedOutput;
import io.drillbook.core.connect.Checksums;
import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.OutputCapture;
import io.drillbook.core.connect.OutputChannel;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.TransferResult;
import io.drillbook.core.work.CancellationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link io.drillbook.core.connect.RemoteShell} port on this machine: each command runs as
 * {@code /bin/sh -c}; timeout and cancel end the process and all its descendants.
 */
public final class LocalRemoteShell implements RemoteShell {
    private static final Logger LOGGER = LoggerFactory.getLogger(LocalRemoteShell.class);
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final ConnectionProfile profile;
    private final ExecutorService readers = Executors.newCachedThreadPool();

    public LocalRemoteShell(ConnectionProfile profile) {
        this.profile = profile;
    }

    @Override
    public ConnectionProfile profile() {
        return profile;
    }

    @Override
    public CommandResult run(CommandRequest request, OutputListener listener, CancellationToken cancel) {
        cancel.throwIfCancelled();
        long start = System.nanoTime();
        Process process = start(request);
        String id = UUID.randomUUID().toString();
        AtomicBoolean stopped = new AtomicBoolean();
        Future<CapturedOutput> out = readers.submit(() -> capture(request, id, OutputChannel.STDOUT, listener)
                .drain(process.getInputStream(), stopped::get));
        Future<CapturedOutput> err = readers.submit(() -> capture(request, id, OutputChannel.STDERR, listener)
                .drain(process.getErrorStream(), stopped::get));
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel.onCancel(() -> {
            if (process.isAlive()) {
                cancelled.set(true);
                stopped.set(true);
                killTree(process);
            }
        });
        boolean timedOut = !waitFor(process, request.timeoutOr(profile.commandTimeout()));
        if (timedOut) {
            stopped.set(true);
            killTree(process);
        }
        CommandResult result = new CommandResult(request.shown(), exitStatus(process), timedOut, cancelled.get(),
                Duration.ofNanos(System.nanoTime() - start), collect(out), collect(err));
        LOGGER.info("Locally: {} -> {}", request.shown(), result.outcome());
        return result;
    }

    private static Process start(CommandRequest request) {
        try {
            io.drillbook.core.evidence.OwnerOnlyFiles.createDirectories(request.outputDir());
            return new ProcessBuilder("/bin/sh", "-c", request.command()).start();
        } catch (IOException e) {
            throw new ConnectorException("cannot start /bin/sh locally: " + e.getMessage(), e);
        }
    }

    private static OutputCapture capture(CommandRequest request, String id, OutputChannel which, OutputListener listener) {
        Path file = request.outputDir().resolve(id + "." + which.name().toLowerCase());
        return new OutputCapture(which, file, request.keepBytes(), listener);
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killTree(process);
            return true;
        }
    }

    /** Ends the process and every descendant, children first, forcibly after a grace period. */
    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int exitStatus(Process process) {
        try {
            return process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static CapturedOutput collect(Future<CapturedOutput> reader) {
        try {
            return reader.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ConnectorException("reading local command output failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            throw new ConnectorException("local command output did not end (a background process still holds it?)", e);
        }
    }

    @Override
    public TransferResult upload(Path local, String remotePath, CancellationToken cancel) {
        return copy(local, Path.of(remotePath), cancel);
    }

    @Override
    public TransferResult download(String remotePath, Path local, CancellationToken cancel) {
        return copy(Path.of(remotePath), local, cancel);
    }

    private static TransferResult copy(Path from, Path to, CancellationToken cancel) {
        cancel.throwIfCancelled();
        String expected = Checksums.sha256(from);
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            Checksums.requireEqual("copy of " + from + " to " + to, expected, Checksums.sha256(to));
            return new TransferResult(from.toString(), to.toString(), Files.size(to), expected);
        } catch (IOException e) {
            throw new ConnectorException("copy of " + from + " to " + to + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}
