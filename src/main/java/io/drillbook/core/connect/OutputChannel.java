package io.drillbook.core.connect;

/** Which output stream of a command a line came from. */
public enum OutputChannel {
    STDOUT,
    STDERR
}
