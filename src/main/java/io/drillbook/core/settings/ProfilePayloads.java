package io.drillbook.core.settings;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.inventory.RefreshSource;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** What evidence says about a profile: its settings, never a secret. */
final class ProfilePayloads {
    private ProfilePayloads() {
    }

    static Map<String, Object> of(ConnectionProfile p) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", p.kind().name().toLowerCase());
        payload.put("address", p.address());
        payload.put("auth", p.auth() == null ? "" : p.auth().name().toLowerCase());
        payload.put("keyPath", p.keyPath() == null ? "" : p.keyPath().toString());
        payload.put("jumpProfile", p.jump().orElse(""));
        payload.put("connectTimeoutMs", p.connectTimeout().toMillis());
        payload.put("commandTimeoutMs", p.commandTimeout().toMillis());
        payload.put("keepAliveSeconds", p.keepAlive().toSeconds());
        return payload;
    }

    static Map<String, Object> of(StorageProfile p) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("location", p.location());
        payload.put("region", p.region());
        payload.put("awsProfile", p.namedAwsProfile().orElse("default chain"));
        payload.put("endpoint", p.endpointOverride().map(ProfilePayloads::withoutUserInfo).orElse(""));
        payload.put("pathStyle", p.pathStyle());
        payload.put("namingRule", p.namingRule());
        return payload;
    }

    static Map<String, Object> of(RefreshSource s) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", s.kind().name().toLowerCase());
        payload.put("profile", s.profile());
        payload.put("command", Redaction.redact(s.command()));
        payload.put("format", s.format());
        payload.put("namingRule", s.namingRule());
        payload.put("target", s.target() == null ? "" : s.target().toString());
        payload.put("intervalSeconds", s.interval().toSeconds());
        return payload;
    }

    static String withoutUserInfo(URI uri) {
        if (uri.getUserInfo() == null) {
            return uri.toString();
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
