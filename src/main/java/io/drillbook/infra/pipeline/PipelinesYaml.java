package io.drillbook.infra.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.drillbook.core.pipeline.ForwardTarget;
import io.drillbook.core.pipeline.PipelineSettings;
import io.drillbook.core.pipeline.PreReleaseBackupSpec;
import io.drillbook.core.pipeline.WebhookSpec;
import io.drillbook.infra.workspace.FileFormatException;

import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes the {@code pipelines:} part of the workspace file. A mistake becomes a
 * {@link FileFormatException} with file, line and column.
 */
public final class PipelinesYaml {
    private static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();

    private PipelinesYaml() {
    }

    /** The {@code pipelines:} part of a workspace file, or empty when it has none. */
    public static Optional<PipelineSettings> read(String workspaceText, String fileName) {
        PipelinesFile file;
        try {
            file = MAPPER.readValue(workspaceText.isBlank() ? "{}" : workspaceText, PipelinesFile.class);
        } catch (JsonProcessingException e) {
            throw FileFormatException.from(fileName, e);
        }
        if (file.pipelines() == null) {
            return Optional.empty();
        }
        PipelinesFile.Section s = file.pipelines();
        return Optional.of(new PipelineSettings(s.preReleaseBackups().stream().map(PipelinesFile.BackupEntry::toSpec).toList(),
                s.webhooks().stream().map(PipelinesFile.WebhookEntry::toSpec).toList(),
                s.evidenceForwarding().stream().map(PipelinesFile.ForwardEntry::toTarget).toList()));
    }

    /** The settings as a workspace file part starting {@code pipelines:}; empty text when there are none. */
    public static String write(PipelineSettings settings) {
        if (settings.equals(PipelineSettings.empty())) {
            return "";
        }
        PipelinesFile.Section section = new PipelinesFile.Section(settings.preReleaseBackups().stream().map(PipelinesYaml::entry).toList(),
                settings.webhooks().stream().map(PipelinesYaml::entry).toList(),
                settings.forwarding().stream().map(PipelinesYaml::entry).toList());
        try {
            return MAPPER.writeValueAsString(new PipelinesFile(section));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PipelinesFile.BackupEntry entry(PreReleaseBackupSpec s) {
        PipelinesFile.ResultEntry result = s.result() == PreReleaseBackupSpec.ResultKind.FILE
                ? new PipelinesFile.ResultEntry(s.file(), null) : new PipelinesFile.ResultEntry(null, true);
        return new PipelinesFile.BackupEntry(s.target().system(), s.target().environment(), s.profile(), s.command(), result,
                s.location(), s.attempts(), s.retryDelay().isZero() ? null : s.retryDelay(), s.timeout());
    }

    private static PipelinesFile.WebhookEntry entry(WebhookSpec w) {
        return new PipelinesFile.WebhookEntry(w.name(), w.url(), w.format(),
                w.events().stream().map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-')).sorted().toList(), w.attempts());
    }

    private static PipelinesFile.ForwardEntry entry(ForwardTarget t) {
        return "syslog".equals(t.kind()) ? new PipelinesFile.ForwardEntry(t.name(), t.address(), t.tls() ? true : null, null)
                : new PipelinesFile.ForwardEntry(t.name(), null, null, t.address());
    }
}
