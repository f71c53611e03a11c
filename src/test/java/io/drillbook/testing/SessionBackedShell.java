package io.drillbook.testing;

import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.CommandSession;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.TransferResult;
import io.drillbook.core.work.CancellationToken;

import java.nio.file.Path;

/**
 * A shell whose commands all go through one {@link CommandSession} of a real shell, so the whole
 * {@link RemoteShellContract} can be run against sessions: every command of a test shares one
 * long-lived session, as the steps of a drill do.
 */
public final class SessionBackedShell implements RemoteShell {
    private final RemoteShell shell;
    private final CommandSession session;

    public SessionBackedShell(RemoteShell shell) {
        this.shell = shell;
        this.session = shell.openSession();
    }

    @Override
    public ConnectionProfile profile() {
        return shell.profile();
    }

    @Override
    public CommandResult run(CommandRequest request, OutputListener listener, CancellationToken cancel) {
        return session.run(request, listener, cancel);
    }

    @Override
    public TransferResult upload(Path local, String remotePath, CancellationToken cancel) {
        return shell.upload(local, remotePath, cancel);
    }

    @Override
    public TransferResult download(String remotePath, Path local, CancellationToken cancel) {
        return shell.download(remotePath, local, cancel);
    }

    @Override
    public void close() {
        session.close();
        shell.close();
    }
}
