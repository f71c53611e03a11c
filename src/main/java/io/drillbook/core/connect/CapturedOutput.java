package io.drillbook.core.connect;

import java.nio.file.Path;

/**
 * One channel of a command's output: the full text in a file, its digest, and a bounded head and
 * tail kept in memory for display and evidence.
 *
 * @param truncated true when head and tail together do not hold all of it
 */
public record CapturedOutput(Path file, long bytes, String sha256, String head, String tail, boolean truncated) {

    /** Head and tail joined with a marker when something was left out in between. */
    public String preview() {
        return truncated ? head + "\n[... " + bytes + " bytes in all, see " + file + " ...]\n" + tail : head + tail;
    }
}
