package io.drillbook.core.connect;

import io.drillbook.core.work.CancellationToken;

/**
 * Runs a series of commands one after another on one host, for a drill or playbook run that has
 * many short steps. An implementation may keep one long-lived shell open for the whole series
 * (over SSH that saves opening a channel and a login session per command); each command still
 * runs in its own process with its own output, exit status, timeout and cancel, exactly as
 * {@link RemoteShell#run} would run it. Not for concurrent use: one command at a time.
 */
public interface CommandSession extends AutoCloseable {

    /** Runs {@code request} as {@link RemoteShell#run} does. */
    CommandResult run(CommandRequest request, OutputListener listener, CancellationToken cancel);

    /** Ends the session; a command still running is stopped. */
    @Override
    void close();

    /** A session that simply runs each command through {@code shell}, for shells where starting one is cheap. */
    static CommandSession perCommand(RemoteShell shell) {
        return new CommandSession() {
            @Override
            public CommandResult run(CommandRequest request, OutputListener listener, CancellationToken cancel) {
                return shell.run(request, listener, cancel);
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
