package io.drillbook.infra.ssh;

import io.drillbook.core.connect.ConnectionKind;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.RemoteShellFactory;
import io.drillbook.infra.local.LocalRemoteShell;

/**
 * Opens shells for profiles: SSH profiles through sshj (one connection per shell, reused for every
 * command on it), {@link ConnectionKind#LOCAL} profiles as a {@link LocalRemoteShell}.
 */
public final class SshjRemoteShellFactory implements RemoteShellFactory {
    private final SshConnector connector;

    public SshjRemoteShellFactory(SshConnector connector) {
        this.connector = connector;
    }

    @Override
    public RemoteShell open(ConnectionProfile profile) {
        if (profile.kind() == ConnectionKind.LOCAL) {
            return new LocalRemoteShell(profile);
        }
        return new SshjRemoteShell(connector, connector.connect(profile));
    }
}
