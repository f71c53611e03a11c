package io.drillbook.core.pipeline;

import io.drillbook.core.model.SystemEnv;

import java.util.List;
import java.util.Optional;

/** The workspace file's {@code pipelines:} part: pre-release backups, notifications, evidence forwarding. */
public record PipelineSettings(List<PreReleaseBackupSpec> preReleaseBackups, List<WebhookSpec> webhooks,
                               List<ForwardTarget> forwarding) {
    public PipelineSettings {
        preReleaseBackups = List.copyOf(preReleaseBackups);
        webhooks = List.copyOf(webhooks);
        forwarding = List.copyOf(forwarding);
    }

    public static PipelineSettings empty() {
        return new PipelineSettings(List.of(), List.of(), List.of());
    }

    public Optional<PreReleaseBackupSpec> preReleaseBackup(SystemEnv target) {
        return preReleaseBackups.stream().filter(s -> s.target().equals(target)).findFirst();
    }
}
