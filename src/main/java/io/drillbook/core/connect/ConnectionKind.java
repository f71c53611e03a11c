package io.drillbook.core.connect;

/** Where commands of a connection profile run. */
public enum ConnectionKind {
    /** A remote host over SSH. */
    SSH,
    /** This machine, through {@code /bin/sh -c}. */
    LOCAL
}
