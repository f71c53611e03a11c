package io.drillbook.core.forward;

import io.drillbook.core.evidence.EvidenceEvent;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * An evidence event as an RFC 5424 syslog message: facility log audit (13), severity
 * informational, MSGID the event kind, structured data {@code [drillbook@32473 seq= actor= subject= hash=]}
 * (so a receiver can spot a repeat by seq and hash), and the payload JSON as the message. Framed
 * for TCP by octet counting (RFC 6587).
 */
public final class Rfc5424 {
    static final int PRIORITY = 13 * 8 + 6;
    static final String SD_ID = "drillbook@32473";

    private Rfc5424() {
    }

    public static String message(EvidenceEvent e, String hostname, String appName) {
        return "<" + PRIORITY + ">1 " + DateTimeFormatter.ISO_INSTANT.format(e.time()) + " " + token(hostname, 255) + " "
                + token(appName, 48) + " - " + token(e.kind(), 32) + " [" + SD_ID + " seq=\"" + e.seq() + "\" actor=\""
                + param(e.actor()) + "\" subject=\"" + param(e.subject()) + "\" hash=\"" + param(e.hash()) + "\"] " + e.payload();
    }

    /** {@code LENGTH SP MESSAGE}, the length in bytes of the UTF-8 message. */
    public static byte[] octetCounted(String message) {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        byte[] prefix = (body.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(body, 0, out, prefix.length, body.length);
        return out;
    }

    /** A header field: printable US-ASCII without spaces, at most {@code max} characters, "-" when empty. */
    static String token(String s, int max) {
        StringBuilder sb = new StringBuilder();
        for (char c : (s == null ? "" : s).toCharArray()) {
            if (sb.length() == max) {
                break;
            }
            sb.append(c > 32 && c < 127 ? c : '_');
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    /** A structured-data parameter value: '"', '\' and ']' escaped. */
    static String param(String s) {
        return (s == null ? "" : s).replace("\\", "\\\\").replace("\"", "\\\"").replace("]", "\\]");
    }
}
