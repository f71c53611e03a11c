package io.drillbook.core.workspace;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Release;
import io.drillbook.core.ports.WorkspaceRepository;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Changes to systems, policies and calendar entries, each recorded as evidence. The UI, the CLI
 * and workspace imports all go through here.
 */
public final class WorkspaceService {
    private final WorkspaceRepository repository;
    private final EvidenceLog evidence;
    private final Authorizer access;
    private final ReleaseListener releaseListener;

    public WorkspaceService(WorkspaceRepository repository, EvidenceLog evidence, Authorizer access) {
        this(repository, evidence, access, ReleaseListener.NONE);
    }

    /** @param releaseListener hears every saved release (the rollback freeze policy in the composition root) */
    public WorkspaceService(WorkspaceRepository repository, EvidenceLog evidence, Authorizer access,
                            ReleaseListener releaseListener) {
        this.repository = repository;
        this.evidence = evidence;
        this.access = access;
        this.releaseListener = releaseListener;
    }

    /** Adds or replaces everything in {@code workspace}; one evidence event lists what changed. */
    public Map<String, Integer> importWorkspace(Workspace workspace, String source) {
        access.require(evidence.currentActor(), Action.EDIT_POLICIES);
        Map<String, Integer> counts = countsOf(workspace);
        Map<String, Object> payload = new LinkedHashMap<>(counts);
        payload.put("source", source);
        payload.put("releases", workspace.releases().stream().map(Release::id).toList());
        payload.put("policies", workspace.policies().stream()
                .map(p -> p.target() + "@" + p.effectiveFrom() + " rpo=" + p.rpo() + " rto=" + p.rto()).toList());
        evidence.commit(() -> repository.merge(workspace), EvidenceLog.Entry.of("workspace.imported", source, payload));
        return counts;
    }

    public Workspace exportWorkspace() {
        return repository.load();
    }

    /** Saves a release (optimistically locked) and records before and after. */
    public Release saveRelease(Release release) {
        access.require(evidence.currentActor(), Action.EDIT_CALENDAR);
        Release before = repository.release(release.id()).orElse(null);
        Release saved = evidence.commit(() -> repository.saveRelease(release), after -> {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("before", before == null ? null : ReleaseFacts.of(before));
            payload.put("after", ReleaseFacts.of(after));
            return EvidenceLog.Entry.of(before == null ? "release.created" : "release.changed", release.id(), payload);
        });
        releaseListener.releaseSaved(saved);
        return saved;
    }

    public boolean isEmpty() {
        return repository.isEmpty();
    }

    static Map<String, Integer> countsOf(Workspace ws) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("systems", ws.systems().size());
        counts.put("policies", ws.policies().size());
        counts.put("backupWindows", ws.backupWindows().size());
        counts.put("cabMeetings", ws.cabMeetings().size());
        counts.put("freezes", ws.freezes().size());
        counts.put("releases", ws.releases().size());
        return counts;
    }
}
