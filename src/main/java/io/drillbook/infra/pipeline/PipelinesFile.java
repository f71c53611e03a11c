package io.drillbook.infra.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.pipeline.ForwardTarget;
import io.drillbook.core.pipeline.NotificationKind;
import io.drillbook.core.pipeline.PreReleaseBackupSpec;
import io.drillbook.core.pipeline.WebhookSpec;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The workspace file's {@code pipelines:} part, exactly as people write it (README, "Pipelines").
 * The rest of the workspace file is read by {@code WorkspaceYaml}; this part is read on its own so
 * the two stay separate. Each entry checks itself as it is read, so a mistake points at its line.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PipelinesFile(Section pipelines) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"preReleaseBackups", "webhooks", "evidenceForwarding"})
    record Section(List<BackupEntry> preReleaseBackups, List<WebhookEntry> webhooks, List<ForwardEntry> evidenceForwarding) {
        Section {
            preReleaseBackups = preReleaseBackups == null ? List.of() : List.copyOf(preReleaseBackups);
            webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
            evidenceForwarding = evidenceForwarding == null ? List.of() : List.copyOf(evidenceForwarding);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"system", "environment", "profile", "command", "result", "location", "attempts", "retryDelay", "timeout"})
    record BackupEntry(String system, String environment, String profile, String command, ResultEntry result, String location,
                       Integer attempts, Duration retryDelay, Duration timeout) {
        BackupEntry {
            required(system, "system");
            required(environment, "environment");
            required(command, "command");
            required(result, "result");
            toSpec(system, environment, profile, command, result, location, attempts, retryDelay, timeout);
        }

        PreReleaseBackupSpec toSpec() {
            return toSpec(system, environment, profile, command, result, location, attempts, retryDelay, timeout);
        }

        private static PreReleaseBackupSpec toSpec(String system, String environment, String profile, String command, ResultEntry result,
                                                   String location, Integer attempts, Duration retryDelay, Duration timeout) {
            return new PreReleaseBackupSpec(new SystemEnv(system, environment), profile, command,
                    result.file() != null ? PreReleaseBackupSpec.ResultKind.FILE : PreReleaseBackupSpec.ResultKind.RESTIC_JSON,
                    result.file(), location, attempts == null ? 1 : attempts, retryDelay, timeout);
        }
    }

    /** {@code {file: PATH}} or {@code {resticJson: true}}: exactly one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResultEntry(String file, Boolean resticJson) {
        ResultEntry {
            if ((file == null) == (resticJson == null || !resticJson)) {
                throw new IllegalArgumentException("result needs exactly one of 'file: PATH' or 'resticJson: true'");
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "url", "format", "events", "attempts"})
    record WebhookEntry(String name, String url, String format, List<String> events, Integer attempts) {
        WebhookEntry {
            required(name, "name");
            required(url, "url");
            toSpec(name, url, format, events, attempts);
        }

        WebhookSpec toSpec() {
            return toSpec(name, url, format, events, attempts);
        }

        private static WebhookSpec toSpec(String name, String url, String format, List<String> events, Integer attempts) {
            Set<NotificationKind> kinds = new LinkedHashSet<>();
            for (String e : events == null ? List.<String>of() : events) {
                try {
                    kinds.add(NotificationKind.valueOf(e.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("unknown event '" + e + "'; known: gate-no-go, drill-failed, drill-interrupted, "
                            + "backup-run-failed, rpo-breach-before-release", ex);
                }
            }
            return new WebhookSpec(name, url, format, kinds, attempts == null ? 3 : attempts);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "syslog", "tls", "jsonl"})
    record ForwardEntry(String name, String syslog, Boolean tls, String jsonl) {
        ForwardEntry {
            required(name, "name");
            if ((syslog == null) == (jsonl == null)) {
                throw new IllegalArgumentException("forward target '" + name + "' needs exactly one of 'syslog: HOST:PORT' or 'jsonl: FILE'");
            }
            toTarget(name, syslog, tls, jsonl);
        }

        ForwardTarget toTarget() {
            return toTarget(name, syslog, tls, jsonl);
        }

        private static ForwardTarget toTarget(String name, String syslog, Boolean tls, String jsonl) {
            return new ForwardTarget(name, syslog != null ? "syslog" : "jsonl", syslog != null ? syslog : jsonl, Boolean.TRUE.equals(tls));
        }
    }

    static void required(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
    }
}
