package io.drillbook.core.evidence;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The head of the chain at one moment: event {@code seq} had hash {@code hash}. Written outside the
 * database as an anchor ({@code evidence anchor}) and into every bundle, signed with a workspace
 * signing key when the writer holds one, so a later rewrite of the chain and its head row shows.
 *
 * @param keyId     id of the signing key, empty when unsigned
 * @param publicKey the signing key's Base64 X.509 public key, so the head can be checked on its own
 * @param signature Ed25519 signature (Base64) over {@link #signedText()}, empty when unsigned
 */
public record ChainHead(long seq, String hash, Instant time, String keyId, String publicKey, String signature) {
    public static final String FORMAT = "drillbook-head/1";

    public ChainHead {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(time, "time");
        time = EvidenceHashing.normalise(time);
        keyId = keyId == null ? "" : keyId;
        publicKey = publicKey == null ? "" : publicKey;
        signature = signature == null ? "" : signature;
    }

    public static ChainHead unsigned(long seq, String hash, Instant time) {
        return new ChainHead(seq, hash, time, "", "", "");
    }

    public boolean isSigned() {
        return !signature.isEmpty();
    }

    public String signedText() {
        return FORMAT + "\n" + seq + "\n" + hash + "\n" + time + "\n" + keyId + "\n";
    }

    public ChainHead signedBy(SigningKey key) {
        ChainHead withKey = new ChainHead(seq, hash, time, key.keyId(), key.publicKeyBase64(), "");
        return new ChainHead(seq, hash, time, key.keyId(), key.publicKeyBase64(), key.sign(withKey.signedText()));
    }

    public String toJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", FORMAT);
        fields.put("seq", seq);
        fields.put("hash", hash);
        fields.put("time", time.toString());
        fields.put("keyId", keyId);
        fields.put("publicKey", publicKey);
        fields.put("signature", signature);
        return CanonicalJson.write(fields) + "\n";
    }

    /** @throws IllegalArgumentException saying what is wrong, when the text is not a head */
    public static ChainHead parse(String json) {
        JsonNode node;
        try {
            node = CanonicalJson.read(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (!FORMAT.equals(node.path("format").asText())) {
            throw new IllegalArgumentException("not a Drillbook chain head (format is not " + FORMAT + ")");
        }
        if (!node.path("seq").canConvertToLong() || node.path("seq").asLong() < 0) {
            throw new IllegalArgumentException("its seq is not a whole number");
        }
        String hash = node.path("hash").asText();
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("its hash is not 64 hex digits");
        }
        try {
            return new ChainHead(node.path("seq").asLong(), hash, Instant.parse(node.path("time").asText()),
                    node.path("keyId").asText(""), node.path("publicKey").asText(""), node.path("signature").asText(""));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("its time is not an ISO-8601 instant");
        }
    }
}
