package io.drillbook.core.connect;

/** A server's host key was not accepted: unknown and rejected, or different from the one on record. */
public final class HostKeyException extends ConnectorException {
    private final boolean changed;
    private final HostKeyCandidate offered;

    private HostKeyException(String message, boolean changed, HostKeyCandidate offered) {
        super(message);
        this.changed = changed;
        this.offered = offered;
    }

    public static HostKeyException rejected(HostKeyCandidate candidate) {
        return new HostKeyException("host key of " + candidate.hostAndPort() + " is not known and was not accepted: "
                + candidate.keyType() + " " + candidate.fingerprint(), false, candidate);
    }

    public static HostKeyException changed(HostKeyCandidate offered, String knownFingerprint, String knownIn) {
        return new HostKeyException("HOST KEY CHANGED for " + offered.hostAndPort() + ": known " + offered.keyType()
                + " key " + knownFingerprint + " (in " + knownIn + ") but the server offered " + offered.fingerprint()
                + "; refusing to connect. If the host was really re-keyed, remove the old key first.", true, offered);
    }

    /** The key the server offered. */
    public HostKeyCandidate offered() {
        return offered;
    }

    /** True when a different key was on record, false when the key was simply unknown. */
    public boolean changed() {
        return changed;
    }
}
