package io.drillbook.core.team;

/**
 * Asks whether a user may do something; refuses with {@link AccessDeniedException}. Services take
 * one so that the console and headless commands are refused alike.
 */
@FunctionalInterface
public interface Authorizer {

    /** For tests and single-purpose tools that run without roles. */
    Authorizer UNRESTRICTED = (user, action) -> { };

    void require(String user, Action action);
}
