package io.drillbook.core.team;

/** A run was refused because another console holds its lock; the message says who and since when. */
public class RunLockedException extends RuntimeException {
    private final transient LockHolder holder;

    public RunLockedException(String message, LockHolder holder) {
        super(message);
        this.holder = holder;
    }

    /** The current holder, or null when it let go between the refusal and the question. */
    public LockHolder holder() {
        return holder;
    }
}
