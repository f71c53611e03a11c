package io.drillbook.core.workspace;

/** An edit based on a stale version of a record: someone else changed it meanwhile. */
public class ConcurrentChangeException extends RuntimeException {
    private final transient Object current;

    public ConcurrentChangeException(String message, Object current) {
        super(message);
        this.current = current;
    }

    /** The record as it is now stored, to show next to the refused edit. */
    public Object current() {
        return current;
    }
}
