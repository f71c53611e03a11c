package io.drillbook.core.connect;

import io.drillbook.core.work.CancellationToken;

import java.nio.file.Path;

/**
 * Runs commands on one host (or this machine) over one connection. Implementations are safe to
 * call from several threads; each command runs in its own channel or process.
 */
public interface RemoteShell extends AutoCloseable {

    /** The profile this shell was opened for. */
    ConnectionProfile profile();

    /**
     * Runs {@code request}, streaming output lines to {@code listener} as they arrive. Blocks until
     * the command ends, times out or is cancelled; in the last two cases the process (and its
     * children) is signalled to stop and the result says so.
     *
     * @throws ConnectorException when the command could not be started at all
     */
    CommandResult run(CommandRequest request, OutputListener listener, CancellationToken cancel);

    /**
     * Opens a session for running many commands in a row (the steps of a drill). By default each
     * command runs through {@link #run}; the SSH shell keeps one remote shell open instead.
     */
    default CommandSession openSession() {
        return CommandSession.perCommand(this);
    }

    /** Copies {@code local} to {@code remotePath}, then checks the remote file's SHA-256. */
    TransferResult upload(Path local, String remotePath, CancellationToken cancel);

    /** Copies {@code remotePath} to {@code local}, then checks it against the remote SHA-256. */
    TransferResult download(String remotePath, Path local, CancellationToken cancel);

    @Override
    void close();
}
