package io.drillbook.core.pipeline;

import java.util.Optional;

/** Reads the {@code pipelines:} part of a workspace file; empty when the file has none. */
@FunctionalInterface
public interface PipelineSettingsFormat {
    Optional<PipelineSettings> read(String workspaceText, String fileName);
}
