package io.drillbook.core.inventory;

import io.drillbook.core.model.SystemEnv;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which system and environment a tool's grouping belongs to, for inputs that hold several:
 * a pgBackRest stanza, a Velero schedule, an AWS Backup vault, a restic tag or host, a borg
 * archive prefix or a CSV's own columns. A key kind never matches another kind's value.
 */
public final class TargetMapping {
    public static final String STANZA = "stanza";
    public static final String SCHEDULE = "schedule";
    public static final String VAULT = "vault";
    public static final String TAG = "tag";
    public static final String HOST = "host";
    public static final String ARCHIVE_PREFIX = "archivePrefix";

    private static final TargetMapping EMPTY = new TargetMapping(Map.of());

    private final Map<String, Map<String, SystemEnv>> byKind;

    private TargetMapping(Map<String, Map<String, SystemEnv>> byKind) {
        this.byKind = byKind;
    }

    public static TargetMapping empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The target mapped to {@code value} of {@code kind}, if any. */
    public Optional<SystemEnv> find(String kind, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(value));
    }

    /** The target of the longest mapped prefix of {@code value} of {@code kind}. */
    public Optional<SystemEnv> findByPrefix(String kind, String value) {
        SystemEnv best = null;
        int bestLength = -1;
        for (Map.Entry<String, SystemEnv> e : byKind.getOrDefault(kind, Map.of()).entrySet()) {
            if (value != null && value.startsWith(e.getKey()) && e.getKey().length() > bestLength) {
                best = e.getValue();
                bestLength = e.getKey().length();
            }
        }
        return Optional.ofNullable(best);
    }

    public boolean isEmpty() {
        return byKind.isEmpty();
    }

    /** Collects entries; a key mapped twice to different targets is an error. */
    public static final class Builder {
        private final Map<String, Map<String, SystemEnv>> byKind = new HashMap<>();

        public Builder map(String kind, String value, SystemEnv target) {
            Objects.requireNonNull(target, "target");
            SystemEnv previous = byKind.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(value, target);
            if (previous != null && !previous.equals(target)) {
                throw new IllegalArgumentException(kind + " '" + value + "' is mapped to both " + previous + " and " + target);
            }
            return this;
        }

        public TargetMapping build() {
            Map<String, Map<String, SystemEnv>> copy = new HashMap<>();
            byKind.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            return new TargetMapping(Map.copyOf(copy));
        }
    }
}
