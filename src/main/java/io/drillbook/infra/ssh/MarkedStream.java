package io.drillbook.infra.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * One command's share of a long-lived shell's output: the bytes of {@code shared} up to an end
 * marker, then end of stream. The rest of the marker's line is kept as the trailer (the session
 * prints the exit status there). {@code shared} is left just after that line, ready for the next
 * command, so it must be one buffered stream kept for the whole session.
 *
 * <p>The marker starts with a byte that occurs nowhere else in it (ASCII record separator), so a
 * partial match that fails can be given back as output and matching restarts at that byte.
 */
final class MarkedStream extends InputStream {
    static final char START = '\u001e';

    private final InputStream shared;
    private final byte[] marker;
    private final byte[] held;
    private int heldLength;
    private int heldPosition;
    private int lookahead = -1;
    private boolean ended;
    private boolean markerSeen;
    private String trailer = "";

    MarkedStream(InputStream shared, String marker) {
        if (marker.isEmpty() || marker.charAt(0) != START || marker.indexOf(START, 1) >= 0) {
            throw new IllegalArgumentException("a marker starts with, and holds only one, record separator");
        }
        this.shared = shared;
        this.marker = marker.getBytes(StandardCharsets.US_ASCII);
        this.held = new byte[this.marker.length];
    }

    /** True once the end marker was read; false if the shared stream ended (the session broke) first. */
    boolean markerSeen() {
        return markerSeen;
    }

    /** The rest of the marker's line, trimmed; empty until the marker was seen. */
    String trailer() {
        return trailer;
    }

    @Override
    public int read() throws IOException {
        if (heldPosition < heldLength) {
            return held[heldPosition++] & 0xff;
        }
        if (ended) {
            return -1;
        }
        int b = next();
        if (b != marker[0]) {
            if (b < 0) {
                ended = true;
            }
            return b;
        }
        return matchFrom(b);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int first = read();
        if (first < 0) {
            return -1;
        }
        buffer[offset] = (byte) first;
        int count = 1;
        while (count < length && !ended && (heldPosition < heldLength || lookahead >= 0 || shared.available() > 0)) {
            int b = read();
            if (b < 0) {
                break;
            }
            buffer[offset + count++] = (byte) b;
        }
        return count;
    }

    /** {@code first} is the marker's first byte: read on while the input follows the marker. */
    private int matchFrom(int first) throws IOException {
        heldLength = 0;
        heldPosition = 0;
        held[heldLength++] = (byte) first;
        while (heldLength < marker.length) {
            int b = next();
            if (b != (marker[heldLength] & 0xff)) {
                if (b < 0) {
                    ended = true;
                } else {
                    lookahead = b;
                }
                return held[heldPosition++] & 0xff;
            }
            held[heldLength++] = (byte) b;
        }
        heldLength = 0;
        trailer = restOfLine();
        markerSeen = true;
        ended = true;
        return -1;
    }

    private String restOfLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = shared.read()) >= 0 && b != '\n') {
            line.append((char) b);
        }
        return line.toString().trim();
    }

    private int next() throws IOException {
        if (lookahead >= 0) {
            int b = lookahead;
            lookahead = -1;
            return b;
        }
        return shared.read();
    }

    @Override
    public int available() throws IOException {
        return (heldLength - heldPosition) + (lookahead >= 0 ? 1 : 0) + (ended ? 0 : shared.available());
    }

    /** Does not close the shared stream: the session goes on. */
    @Override
    public void close() {
        // the shared stream belongs to the session
    }
}
