package io.drillbook.core.connect;

/** Opens a {@link RemoteShell} for a connection profile. */
public interface RemoteShellFactory {

    /**
     * Connects and authenticates. The returned shell keeps its connection for many commands and
     * reconnects once if the connection dropped before a command starts.
     *
     * @throws HostKeyException   when the host key is unknown and not accepted, or has changed
     * @throws ConnectorException when the host cannot be reached or authentication fails
     */
    RemoteShell open(ConnectionProfile profile);
}
