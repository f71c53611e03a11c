package io.drillbook.infra.ssh;

import io.drillbook.core.connect.ConnectionProfile;
import net.schmizz.sshj.SSHClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/** One authenticated SSH connection, and the jump-host connection it tunnels through, if any. */
public final class SshSession implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(SshSession.class);

    private final ConnectionProfile profile;
    private final SSHClient client;
    private final SshSession via;
    private final StrictHostKeyVerifier verifier;

    SshSession(ConnectionProfile profile, SSHClient client, SshSession via, StrictHostKeyVerifier verifier) {
        this.profile = profile;
        this.client = client;
        this.via = via;
        this.verifier = verifier;
    }

    public ConnectionProfile profile() {
        return profile;
    }

    SSHClient client() {
        return client;
    }

    StrictHostKeyVerifier verifier() {
        return verifier;
    }

    public boolean isAlive() {
        return client.isConnected() && client.isAuthenticated();
    }

    @Override
    public void close() {
        try {
            client.disconnect();
        } catch (IOException e) {
            LOGGER.debug("Disconnecting from {} failed", profile.address(), e);
        }
        if (via != null) {
            via.close();
        }
    }
}
