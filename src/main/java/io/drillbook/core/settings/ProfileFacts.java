package io.drillbook.core.settings;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.workspace.SecretBinding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A profile as {@code profile list|show} print it: every setting and its secret references, never a secret. */
public final class ProfileFacts {
    private ProfileFacts() {
    }

    public static Map<String, Object> of(ConnectionProfile p, List<SecretBinding> secrets) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("name", p.name());
        facts.put("type", "connection");
        facts.putAll(ProfilePayloads.of(p));
        secrets.stream().filter(b -> b.profile().equals(p.name()))
                .forEach(b -> facts.put(b.purpose().name().toLowerCase().replace("_", " "), b.reference().toString()));
        return facts;
    }

    public static Map<String, Object> of(StorageProfile p) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("name", p.name());
        facts.put("type", "storage");
        facts.putAll(ProfilePayloads.of(p));
        return facts;
    }

    /** {@code connection drill-sandbox  drill@host:22  auth=key ...}: the facts on one line. */
    public static String line(Map<String, Object> facts) {
        StringBuilder line = new StringBuilder().append(facts.get("type")).append("  ").append(facts.get("name"));
        facts.forEach((k, v) -> {
            if (!k.equals("type") && !k.equals("name") && v != null && !v.toString().isEmpty()) {
                line.append("  ").append(k).append('=').append(v);
            }
        });
        return line.toString();
    }
}
