package io.drillbook.core.workspace;

import io.drillbook.core.model.Release;

/**
 * Hears every release saved through {@link WorkspaceService}, after it is stored and recorded as
 * evidence (e.g. the rollback freeze policy reacting to ROLLED_BACK).
 */
@FunctionalInterface
public interface ReleaseListener {
    ReleaseListener NONE = saved -> { };

    void releaseSaved(Release saved);
}
