package io.drillbook.core.connect;

/**
 * Receives a command's output line by line as it arrives. Lines of one channel arrive in order;
 * stdout and stderr lines may interleave. Called from a reader thread: keep it quick.
 */
@FunctionalInterface
public interface OutputListener {
    OutputListener NONE = (channel, line) -> { };

    void line(OutputChannel channel, String line);
}
