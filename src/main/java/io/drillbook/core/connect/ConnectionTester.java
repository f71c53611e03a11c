package io.drillbook.core.connect;

/** Checks a profile end to end without running anything that changes the host. Never throws. */
@FunctionalInterface
public interface ConnectionTester {
    ConnectionTest test(ConnectionProfile profile);
}
