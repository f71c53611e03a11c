package io.drillbook.core.inventory;

import io.drillbook.core.model.SystemEnv;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read one tool output.
 *
 * @param defaultTarget the system and environment of backups no mapping entry claims; null when
 *                      every backup must be mapped
 * @param mapping       grouping (stanza, schedule, vault, tag, ...) to target
 * @param zone          the zone of times written without one (borg, CSV)
 */
public record ImportOptions(SystemEnv defaultTarget, TargetMapping mapping, ZoneId zone) {
    public ImportOptions {
        mapping = mapping == null ? TargetMapping.empty() : mapping;
        zone = zone == null ? ZoneOffset.UTC : zone;
        if (defaultTarget == null && mapping.isEmpty()) {
            throw new IllegalArgumentException("an import needs a system and environment or a mapping");
        }
    }

    public static ImportOptions forTarget(SystemEnv target) {
        return new ImportOptions(Objects.requireNonNull(target, "target"), TargetMapping.empty(), ZoneOffset.UTC);
    }

    public ImportOptions withZone(ZoneId value) {
        return new ImportOptions(defaultTarget, mapping, value);
    }

    /** The mapped target of {@code value} of {@code kind}, else the default target. */
    public Optional<SystemEnv> resolve(String kind, String value) {
        return mapping.find(kind, value).or(() -> Optional.ofNullable(defaultTarget));
    }
}
