package io.drillbook.core.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical form of an event and its SHA-256. Each field is length-prefixed so no two
 * different events share a canonical form; times are truncated to microseconds, the finest
 * precision both H2 and PostgreSQL keep.
 */
public final class EvidenceHashing {
    /** The {@code prevHash} of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private EvidenceHashing() {
    }

    public static Instant normalise(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hashOf(long seq, Instant time, String actor, String kind, String subject,
                                String payload, String prevHash) {
        StringBuilder canonical = new StringBuilder(128 + payload.length());
        field(canonical, Long.toString(seq));
        field(canonical, normalise(time).toString());
        field(canonical, actor);
        field(canonical, kind);
        field(canonical, subject);
        field(canonical, payload);
        field(canonical, prevHash);
        return sha256Hex(canonical.toString());
    }

    public static String hashOf(EvidenceEvent e) {
        return hashOf(e.seq(), e.time(), e.actor(), e.kind(), e.subject(), e.payload(), e.prevHash());
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(SHA256.get().digest(bytes));
    }

    private static final HexFormat HEX = HexFormat.of();

    /** One digest per thread: looking SHA-256 up in the provider list for every event cost more than a short event's hashing. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    private static void field(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value).append('\n');
    }
}
