package io.drillbook.core.workspace;

import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;

import java.time.LocalDate;
import java.util.Set;

/**
 * A workspace file as read, before it is compared with the store. A policy written without
 * {@code effectiveFrom} is held at {@link #UNDATED} and its target listed in {@code undated}: the
 * import decides when it takes effect (today, unless it is the target's first policy).
 *
 * @param settings connection and storage profiles, refresh sources and trusted host keys of the file
 */
public record WorkspaceImport(Workspace content, Set<SystemEnv> undated, WorkspaceSettings settings) {
    /** The date of a policy that has always been in force (the first policy of a target). */
    public static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);

    public WorkspaceImport {
        undated = Set.copyOf(undated);
        settings = settings == null ? WorkspaceSettings.empty() : settings;
    }

    /** Every policy dated as written (the demo, a move between stores). */
    public static WorkspaceImport dated(Workspace content) {
        return new WorkspaceImport(content, Set.of(), WorkspaceSettings.empty());
    }

    /** Whether {@code p} is the newest policy of its target written without a date. */
    public boolean isUndated(Policy p) {
        return undated.contains(p.target()) && p.effectiveFrom().equals(UNDATED);
    }
}
