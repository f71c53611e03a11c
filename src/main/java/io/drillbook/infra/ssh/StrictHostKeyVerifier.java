package io.drillbook.infra.ssh;

import io.drillbook.core.connect.HostKeyCandidate;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.HostKeyException;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts.KnownHostEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Trusts a host key only if the user's {@code ~/.ssh/known_hosts} (hashed entries too) or
 * Drillbook's own file holds it. An unknown key goes to a {@link HostKeyDecision}; accepted keys
 * are recorded in Drillbook's file. A key different from the one on record is refused. One
 * instance per connection attempt: it remembers why it refused, for {@link #failure()}.
 */
public final class StrictHostKeyVerifier implements HostKeyVerifier {
    private static final Logger LOGGER = LoggerFactory.getLogger(StrictHostKeyVerifier.class);

    private final Path userKnownHosts;
    private final DrillbookKnownHosts drillbookKnownHosts;
    private final HostKeyDecision decision;
    private volatile HostKeyException failure;
    private volatile HostKeyCandidate offered;

    public StrictHostKeyVerifier(Path userKnownHosts, DrillbookKnownHosts drillbookKnownHosts, HostKeyDecision decision) {
        this.userKnownHosts = userKnownHosts;
        this.drillbookKnownHosts = drillbookKnownHosts;
        this.decision = decision;
    }

    /** The user's own known-hosts file, {@code ~/.ssh/known_hosts}. */
    public static Path defaultUserKnownHosts() {
        return Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
    }

    @Override
    public boolean verify(String host, int port, PublicKey key) {
        HostKeyCandidate candidate = new HostKeyCandidate(host, port, HostKeys.type(key), HostKeys.fingerprint(key));
        offered = candidate;
        String pattern = HostKeys.pattern(host, port);
        KeyType type = KeyType.fromKey(key);
        HostKeyException changed = null;
        for (Path file : files()) {
            Verdict verdict = check(file, pattern, type, key);
            if (verdict.trusted) {
                return true;
            }
            if (verdict.knownFingerprint != null && changed == null) {
                changed = HostKeyException.changed(candidate, verdict.knownFingerprint, file.toString());
            }
        }
        if (changed != null) {
            failure = changed;
            LOGGER.warn("Refused changed host key of {}: {}", pattern, failure.getMessage());
            return false;
        }
        return askAbout(candidate, key);
    }

    private boolean askAbout(HostKeyCandidate candidate, PublicKey key) {
        if (decision.accept(candidate)) {
            drillbookKnownHosts.add(candidate.host(), candidate.port(), key);
            return true;
        }
        failure = HostKeyException.rejected(candidate);
        LOGGER.warn("Refused unknown host key {} {} of {}", candidate.keyType(), candidate.fingerprint(), candidate.hostAndPort());
        return false;
    }

    private static Verdict check(Path file, String pattern, KeyType type, PublicKey key) {
        String known = null;
        for (KnownHostEntry entry : entries(file)) {
            try {
                if (entry.getLine().startsWith("@") || !entry.appliesTo(type, pattern)) {
                    continue;
                }
                if (entry.verify(key)) {
                    return new Verdict(true, null);
                }
                known = fingerprintOfLine(entry.getLine());
            } catch (IOException e) {
                LOGGER.debug("Skipping unreadable known_hosts entry in {}", file, e);
            }
        }
        return new Verdict(false, known);
    }

    @Override
    public List<String> findExistingAlgorithms(String host, int port) {
        Set<String> algorithms = new LinkedHashSet<>();
        for (Path file : files()) {
            try {
                for (String known : new OpenSSHKnownHosts(file.toFile()).findExistingAlgorithms(host, port)) {
                    algorithms.addAll(signatureAlgorithms(known));
                }
            } catch (IOException e) {
                LOGGER.debug("Cannot read {}", file, e);
            }
        }
        return new ArrayList<>(algorithms);
    }

    /**
     * The signature algorithms a known key type can be offered under: an RSA key is negotiated as
     * rsa-sha2-512/256 by current servers, which no longer accept SHA-1 {@code ssh-rsa}.
     */
    private static List<String> signatureAlgorithms(String keyType) {
        return "ssh-rsa".equals(keyType) ? List.of("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa") : List.of(keyType);
    }

    /** Why the last connection was refused, if this verifier refused it. */
    public Optional<HostKeyException> failure() {
        return Optional.ofNullable(failure);
    }

    /** The key the server offered on the last attempt, if it got that far. */
    public Optional<HostKeyCandidate> offered() {
        return Optional.ofNullable(offered);
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        if (userKnownHosts != null && Files.isReadable(userKnownHosts)) {
            files.add(userKnownHosts);
        }
        if (Files.isReadable(drillbookKnownHosts.file())) {
            files.add(drillbookKnownHosts.file());
        }
        return files;
    }

    private static List<KnownHostEntry> entries(Path file) {
        try {
            File f = file.toFile();
            return new OpenSSHKnownHosts(f).entries();
        } catch (IOException e) {
            LOGGER.warn("Cannot read known hosts {}: {}", file, e.getMessage());
            return List.of();
        }
    }

    private static String fingerprintOfLine(String line) {
        String[] fields = line.trim().split("\\s+");
        try {
            return fields.length >= 3 ? HostKeys.fingerprint(Base64.getDecoder().decode(fields[2])) : "(unknown)";
        } catch (IllegalArgumentException e) {
            return "(unreadable)";
        }
    }

    private record Verdict(boolean trusted, String knownFingerprint) {
    }
}
