package io.drillbook.core.connect;

/** An object store refused or failed a request; {@link #kind()} says how. */
public final class ObjectStoreException extends ConnectorException {
    private final Kind kind;

    public ObjectStoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether trying the same read again later may succeed. */
    public boolean retryable() {
        return kind == Kind.THROTTLED || kind == Kind.NETWORK || kind == Kind.SERVER_ERROR;
    }

    /** What went wrong, in terms a person can act on. */
    public enum Kind {
        ACCESS_DENIED,
        NO_SUCH_BUCKET,
        NO_SUCH_KEY,
        THROTTLED,
        NETWORK,
        SERVER_ERROR,
        OTHER
    }
}
