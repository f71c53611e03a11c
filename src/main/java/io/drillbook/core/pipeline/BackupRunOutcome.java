package io.drillbook.core.pipeline;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How a {@code backup run} ended: the good backup it recorded, or the reason there is none. */
public record BackupRunOutcome(String backupId, SystemEnv target, PipelineContext context, Optional<Backup> backup,
                               List<Attempt> attempts, String reason) {
    /** One try of the command. */
    public record Attempt(int number, String outcome, Duration elapsed) {
    }

    public BackupRunOutcome {
        attempts = List.copyOf(attempts);
    }

    public boolean succeeded() {
        return backup.isPresent();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", target.toString());
        m.put("result", succeeded() ? "succeeded" : "failed");
        m.put("backupId", backupId);
        m.put("reason", reason);
        m.putAll(context.toMap());
        backup.ifPresent(b -> {
            m.put("source", b.source().name());
            m.put("externalId", b.externalId());
            m.put("startedAt", b.startedAt().toString());
            m.put("completedAt", b.completedAt().toString());
            m.put("sizeBytes", b.sizeBytes());
            m.put("checksum", b.checksum());
            m.put("location", b.location());
        });
        m.put("attempts", attempts.stream().map(a -> Map.of("number", a.number(), "outcome", a.outcome(),
                "elapsedMs", a.elapsed().toMillis())).toList());
        return m;
    }
}
