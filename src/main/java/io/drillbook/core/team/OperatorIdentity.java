package io.drillbook.core.team;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is operating, and how Drillbook knows. On a shared PostgreSQL workspace the operator is the
 * database login the server authenticated ({@code session_user}): roles belong to logins, and no
 * option or environment variable can stand in for another person. On the embedded store there is
 * one person at one keyboard, who is whoever they say (and admin).
 *
 * @param operator      the name recorded as actor and checked against the roles
 * @param authenticated true when the server authenticated {@link #operator} (shared workspace)
 * @param notice        a line to show when a claimed name was ignored; empty otherwise
 */
public record OperatorIdentity(String operator, boolean authenticated, Optional<String> notice) {
    public OperatorIdentity {
        Objects.requireNonNull(operator, "operator");
        notice = notice == null ? Optional.empty() : notice;
    }

    /** The embedded store's local operator: the name given, unverified. */
    public static OperatorIdentity local(String name) {
        return new OperatorIdentity(name, false, Optional.empty());
    }

    /**
     * The authenticated database {@code login}; {@code claimed} (DRILLBOOK_OPERATOR, or null when not set)
     * is ignored, with a notice when it names someone else.
     */
    public static OperatorIdentity login(String login, String claimed) {
        boolean other = claimed != null && !claimed.isBlank() && !claimed.equals(login);
        return new OperatorIdentity(login, true, other ? Optional.of("DRILLBOOK_OPERATOR=" + claimed
                + " is ignored: on a shared PostgreSQL workspace you act as your database login '" + login + "'")
                : Optional.empty());
    }

    /**
     * The name to act as when a person names one ({@code --operator}, {@code --approver}): on the
     * embedded store any name; on a shared workspace only their own login.
     *
     * @throws AccessDeniedException naming the option, the login and what to do instead
     */
    public String actAs(String name, String option, Action action) {
        if (name == null || name.isBlank()) {
            return operator;
        }
        if (authenticated && !name.equals(operator)) {
            throw new AccessDeniedException(option + " " + name + " is refused: on a shared PostgreSQL workspace you act only as "
                    + "your own database login '" + operator + "'; " + name + " must log in as " + name + " to act", operator, action);
        }
        return name;
    }

    /** One line for the README-style status: how identity works here. */
    public String describe() {
        return authenticated ? operator + " (database login, authenticated by the server)"
                : operator + " (local operator of the embedded store, not verified)";
    }
}
