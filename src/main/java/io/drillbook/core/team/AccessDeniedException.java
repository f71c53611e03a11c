package io.drillbook.core.team;

/** A person tried something their roles do not allow; the refusal is recorded as evidence. */
public class AccessDeniedException extends RuntimeException {
    private final String user;
    private final Action action;

    public AccessDeniedException(String message, String user, Action action) {
        super(message);
        this.user = user;
        this.action = action;
    }

    public String user() {
        return user;
    }

    public Action action() {
        return action;
    }
}
