package io.drillbook.core.pipeline;

/** Where the workspace's {@code pipelines:} settings are kept between runs. */
public interface PipelineSettingsRepository {
    PipelineSettings load();

    /** Replaces the stored settings as a whole (as {@code import workspace} does for its own parts). */
    void replace(PipelineSettings settings);
}
