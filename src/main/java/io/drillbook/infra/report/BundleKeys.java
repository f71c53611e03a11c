package io.drillbook.infra.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.PublicSigningKey;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code chain/keys.json}: the workspace's public signing keys, so a bundle's signatures can be checked on their own. */
final class BundleKeys {
    private BundleKeys() {
    }

    static byte[] json(List<PublicSigningKey> keys) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PublicSigningKey k : keys) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("keyId", k.keyId());
            m.put("algorithm", "Ed25519");
            m.put("publicKey", k.publicKey());
            m.put("registeredBy", k.registeredBy());
            m.put("registeredAt", k.registeredAt() == null ? "" : k.registeredAt().toString());
            list.add(m);
        }
        return (CanonicalJson.write(Map.of("keys", list)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException when the file is not a key list */
    static List<PublicSigningKey> parse(byte[] json) {
        JsonNode keys;
        try {
            keys = CanonicalJson.read(new String(json, StandardCharsets.UTF_8)).path("keys");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("is not JSON");
        }
        if (!keys.isArray()) {
            throw new IllegalArgumentException("holds no list of keys");
        }
        List<PublicSigningKey> out = new ArrayList<>();
        for (JsonNode k : keys) {
            String at = k.path("registeredAt").asText("");
            out.add(new PublicSigningKey(k.path("keyId").asText(""), k.path("publicKey").asText(""), k.path("registeredBy").asText(""),
                    at.isEmpty() ? null : Instant.parse(at)));
        }
        return out;
    }
}
