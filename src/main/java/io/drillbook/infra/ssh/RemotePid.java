package io.drillbook.infra.ssh;

import io.drillbook.core.connect.ShellQuote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Lets Drillbook stop a remote command and its children: the command is wrapped so that its shell
 * first prints its PID as a marker line on stderr (stripped before anyone sees the output) and
 * then execs the real command, keeping that PID. Stopping walks the process tree from that PID.
 */
final class RemotePid {
    private static final String MARKER = "DRILLBOOK-PID ";
    private static final int MAX_MARKER_LINE = 64;

    private RemotePid() {
    }

    static String wrap(String command) {
        return "printf '" + MARKER + "%s\\n' \"$$\" >&2; exec /bin/sh -c " + ShellQuote.quote(command);
    }

    /** Stops the tree under {@code pid}: pause each process, stop its children, then end it. */
    static String killTree(long pid) {
        return "kt() { kill -STOP \"$1\" 2>/dev/null; "
                + "for c in $(pgrep -P \"$1\" 2>/dev/null || ps -o pid= --ppid \"$1\" 2>/dev/null); do kt \"$c\"; done; "
                + "kill -TERM \"$1\" 2>/dev/null; kill -CONT \"$1\" 2>/dev/null; }; kt " + pid;
    }

    /** Reads the marker line from {@code stderr}, completes {@code pid}, and returns the rest of the stream. */
    static InputStream strip(InputStream stderr, CompletableFuture<Long> pid) throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        int b;
        while ((b = stderr.read()) >= 0 && b != '\n' && first.size() < MAX_MARKER_LINE) {
            first.write(b);
        }
        String line = first.toString(StandardCharsets.UTF_8);
        if (b == '\n' && line.startsWith(MARKER)) {
            pid.complete(Long.parseLong(line.substring(MARKER.length()).trim()));
            return stderr;
        }
        pid.complete(-1L);
        if (b >= 0) {
            first.write(b);
        }
        return new SequenceInputStream(new ByteArrayInputStream(first.toByteArray()), stderr);
    }
}
