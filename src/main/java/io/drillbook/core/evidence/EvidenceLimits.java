package io.drillbook.core.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fits an event's subject and actor into their columns (500 and 200 characters) before it is
 * appended, so a long subject (an import onto 60 systems) never fails after its data was written.
 * A shortened subject keeps its start, says how much was cut and ends with the SHA-256 of the
 * whole; the whole subject goes into the payload as {@value #FULL_SUBJECT}.
 */
public final class EvidenceLimits {
    public static final int SUBJECT_MAX = 500;
    public static final int ACTOR_MAX = 200;
    public static final String FULL_SUBJECT = "fullSubject";

    private EvidenceLimits() {
    }

    public static String subject(String subject) {
        return fit(subject, SUBJECT_MAX);
    }

    public static String actor(String actor) {
        return fit(actor, ACTOR_MAX);
    }

    /** {@code payload} with the whole subject added when the subject will be shortened. */
    static Map<String, ?> keepFullSubject(String subject, Map<String, ?> payload) {
        if (subject == null || subject.length() <= SUBJECT_MAX) {
            return payload;
        }
        Map<String, Object> out = new LinkedHashMap<>(payload);
        out.put(FULL_SUBJECT, subject);
        return out;
    }

    static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String tail = "… (+" + "%d" + " chars, sha256 " + sha256(text).substring(0, 16) + ")";
        int keep = max - String.format(tail, text.length()).length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + String.format(tail, text.length() - keep);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
