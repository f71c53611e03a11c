package io.drillbook.core.connect;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Drains one output stream of a command: every byte (registered secret values masked) goes to an
 * owner-only file and into a SHA-256, a bounded
 * head and tail stay in memory, and each complete line goes to the listener as it arrives.
 * Memory stays bounded however much a command prints.
 */
public final class OutputCapture {
    private static final int BUFFER = 8192;

    private final OutputChannel channel;
    private final Path file;
    private final int keepBytes;
    private final OutputListener listener;
    private final MessageDigest digest = sha256();
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final TailBuffer tail;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long total;

    public OutputCapture(OutputChannel channel, Path file, int keepBytes, OutputListener listener) {
        this.channel = channel;
        this.file = file;
        this.keepBytes = keepBytes;
        this.listener = listener;
        this.tail = new TailBuffer(keepBytes);
    }

    /** Reads {@code in} to its end and returns what was captured. */
    public CapturedOutput drain(InputStream in) {
        return drain(in, () -> false);
    }

    /**
     * Reads {@code in} to its end and returns what was captured. When the stream breaks because we
     * stopped the process ourselves ({@code stoppedByUs}: a cancel or a timeout closes its pipes),
     * that is the end of the output, not a failure.
     */
    public CapturedOutput drain(InputStream in, java.util.function.BooleanSupplier stoppedByUs) {
        // Known secret values never reach the file, the digest, the head and tail or a listener; the file is 0600.
        io.drillbook.core.evidence.SecretStreamMask mask = io.drillbook.core.evidence.SecretStreamMask.ofRegistered();
        try (OutputStream out = new BufferedOutputStream(io.drillbook.core.evidence.OwnerOnlyFiles.newOutputStream(file))) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                byte[] safe = mask.push(buffer, n);
                out.write(safe);
                accept(safe, safe.length);
            }
            byte[] rest = mask.finish();
            out.write(rest);
            accept(rest, rest.length);
        } catch (IOException e) {
            if (!stoppedByUs.getAsBoolean()) {
                throw new UncheckedIOException("reading " + channel + " into " + file + " failed", e);
            }
        }
        flushLine();
        return result();
    }

    private void accept(byte[] buffer, int n) {
        digest.update(buffer, 0, n);
        int toHead = (int) Math.max(0, Math.min(n, keepBytes - total));
        head.write(buffer, 0, toHead);
        total += n;
        for (int i = 0; i < n; i++) {
            if (i >= toHead) {
                tail.add(buffer[i]);
            }
            splitLine(buffer[i]);
        }
    }

    private void splitLine(byte b) {
        if (b == '\n') {
            flushLine();
        } else if (line.size() < 64 * 1024) {
            line.write(b);
        }
    }

    private void flushLine() {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        listener.line(channel, text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }

    private CapturedOutput result() {
        boolean truncated = total > head.size() + tail.size();
        return new CapturedOutput(file, total, HexFormat.of().formatHex(digest.digest()),
                head.toString(StandardCharsets.UTF_8), tail.text(), truncated);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The last {@code capacity} bytes seen. */
    private static final class TailBuffer {
        private final byte[] ring;
        private long written;

        TailBuffer(int capacity) {
            this.ring = new byte[capacity];
        }

        void add(byte b) {
            if (ring.length > 0) {
                ring[(int) (written % ring.length)] = b;
            }
            written++;
        }

        int size() {
            return (int) Math.min(written, ring.length);
        }

        String text() {
            int size = size();
            byte[] out = new byte[size];
            long start = written - size;
            for (int i = 0; i < size; i++) {
                out[i] = ring[(int) ((start + i) % ring.length)];
            }
            return new String(out, StandardCharsets.UTF_8);
        }
    }
}
