package io.drillbook.infra.ssh;

import io.drillbook.core.connect.AuthenticationException;
import io.drillbook.core.connect.ConnectionKind;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.connect.ConnectionTester;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.HostKeyCandidate;
import io.drillbook.core.connect.HostKeyException;
import io.drillbook.core.connect.HostKeyDecision;
import net.schmizz.sshj.connection.channel.direct.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * "Test connection", headless: connects (host key checked as usual), authenticates, runs
 * {@code true} and reports the host key, the auth method and the round-trip time, or the stage
 * that failed and why.
 */
public final class SshjConnectionTester implements ConnectionTester {
    private static final Logger LOGGER = LoggerFactory.getLogger(SshjConnectionTester.class);

    private final SshConnector connector;
    private final HostKeyDecision decision;

    public SshjConnectionTester(SshConnector connector, HostKeyDecision decision) {
        this.connector = connector;
        this.decision = decision;
    }

    @Override
    public ConnectionTest test(ConnectionProfile profile) {
        if (profile.kind() == ConnectionKind.LOCAL) {
            return ConnectionTest.passed(profile.name(), null, null, "local", Duration.ZERO);
        }
        try (SshSession session = connector.connect(profile, decision)) {
            HostKeyCandidate key = session.verifier().offered().orElse(null);
            Duration latency = roundTrip(session);
            return ConnectionTest.passed(profile.name(), key == null ? null : key.keyType(),
                    key == null ? null : key.fingerprint(), profile.auth().name(), latency);
        } catch (HostKeyException e) {
            return ConnectionTest.failed(profile.name(), "host key", e.offered().keyType(), e.offered().fingerprint(),
                    e.getMessage());
        } catch (AuthenticationException e) {
            return ConnectionTest.failed(profile.name(), "authentication", null, null, e.getMessage());
        } catch (ConnectorException e) {
            return ConnectionTest.failed(profile.name(), "connect", null, null, e.getMessage());
        }
    }

    private static Duration roundTrip(SshSession session) {
        long start = System.nanoTime();
        try (Session channel = session.client().startSession()) {
            Session.Command cmd = channel.exec("true");
            cmd.join(session.profile().connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            LOGGER.warn("Round trip to {} failed: {}", session.profile().address(), e.getMessage());
            throw new ConnectorException("connected, but running 'true' failed: " + e.getMessage(), e);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
