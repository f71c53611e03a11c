package io.drillbook.infra.ssh;

import io.drillbook.core.connect.ShellQuote;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What a long-lived session shell is sent for one command. The command runs as a background job
 * of the session shell (stdin from /dev/null, so it can never read the session's own script),
 * wrapped by {@link RemotePid} so its PID is the first line on stderr; the shell waits for it and
 * then prints an end marker with a per-command token on stderr and on stdout, the exit status
 * after the one on stdout.
 */
record SessionScript(String token, String text) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String END = MarkedStream.START + "DRILLBOOK-END ";

    /** The command that starts the session shell on the server. */
    static final String SHELL = "exec /bin/sh";

    static SessionScript of(String command) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        String text = "/bin/sh -c " + ShellQuote.quote(RemotePid.wrap(command)) + " </dev/null & wait $!; "
                + "printf '\\036DRILLBOOK-END %s %s\\n' " + token + " \"$?\"; "
                + "printf '\\036DRILLBOOK-END %s\\n' " + token + " >&2\n";
        return new SessionScript(token, text);
    }

    /** The marker that ends this command's output on either stream. */
    String endMarker() {
        return END + token;
    }
}
