package io.drillbook.core.workspace;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Clock clock;
    private WorkspaceSettingsStore settings = WorkspaceSettingsStore.NONE;

    public WorkspaceService(WorkspaceRepository repository, EvidenceLog evidence, Authorizer access) {
        this(repository, evidence, access, ReleaseListener.NONE);
    }

    /** @param releaseListener hears every saved release (the rollback freeze policy in the composition root) */
    public WorkspaceService(WorkspaceRepository repository, EvidenceLog evidence, Authorizer access,
                            ReleaseListener releaseListener) {
        this(repository, evidence, access, releaseListener, Clock.systemUTC());
    }

    /** @param clock gives "today", the day an undated policy of an import takes effect */
    public WorkspaceService(WorkspaceRepository repository, EvidenceLog evidence, Authorizer access,
                            ReleaseListener releaseListener, Clock clock) {
        this.repository = repository;
        this.evidence = evidence;
        this.access = access;
        this.releaseListener = releaseListener;
        this.clock = clock;
    }

    /** Where the workspace file's profiles, host keys and secret references go. */
    public WorkspaceService keepingSettingsIn(WorkspaceSettingsStore store) {
        this.settings = store;
        return this;
    }

    /** Adds or replaces everything in {@code workspace}, every policy dated as given (the demo). */
    public Map<String, Integer> importWorkspace(Workspace workspace, String source) {
        importWorkspace(WorkspaceImport.dated(workspace), source, false, false);
        return countsOf(workspace);
    }

    /**
     * Compares the file with the store and, unless {@code dryRun}, writes what is added or changed
     * with one {@code workspace.imported} event listing the changes, all in one transaction. An
     * unchanged file writes nothing and records nothing.
     *
     * @param create create systems and environments the file refers to but nobody defined
     * @throws UnknownTargetException when it refers to such and {@code create} is false
     */
    public ImportOutcome importWorkspace(WorkspaceImport incoming, String source, boolean dryRun, boolean create) {
        access.require(evidence.currentActor(), Action.EDIT_POLICIES);
        if (!incoming.settings().isEmpty()) {
            access.require(evidence.currentActor(), Action.EDIT_PROFILES);
        }
        Workspace stored = repository.load();
        KnownTargets known = KnownTargets.of(stored, incoming.content());
        WorkspaceReferences refs = new WorkspaceReferences(incoming.content());
        List<String> problems = new ArrayList<>(refs.uncreatable(known));
        if (!create) {
            problems.addAll(known.describeUnknown(refs.targets()));
        }
        if (!problems.isEmpty()) {
            throw new UnknownTargetException(source, problems);
        }
        TargetCreation creation = new TargetCreation(known, refs.targets(), evidence.currentActor(), source, today());
        WorkspacePlan plan = WorkspaceDiff.plan(stored, settings.load(), incoming, today());
        if (!dryRun && !(plan.changesNothing() && creation.isEmpty())) {
            evidence.commit(() -> write(plan, creation), EvidenceLog.Entry.of("workspace.imported", source, payload(plan, creation, source)));
        }
        return new ImportOutcome(plan, creation.described(), dryRun);
    }

    private void write(WorkspacePlan plan, TargetCreation creation) {
        if (!creation.isEmpty()) {
            repository.merge(creation.asWorkspace());
        }
        repository.merge(plan.writes());
        settings.apply(plan.settingsWrites());
    }

    private static Map<String, Object> payload(WorkspacePlan plan, TargetCreation creation, String source) {
        Map<String, Object> payload = new LinkedHashMap<>(countsOf(plan.writes()));
        payload.put("source", source);
        payload.put("created", creation.described());
        payload.put("changes", plan.changedLines());
        payload.put("releases", plan.writes().releases().stream().map(Release::id).toList());
        payload.put("policies", plan.writes().policies().stream()
                .map(p -> p.target() + "@" + p.effectiveFrom() + " rpo=" + p.rpo() + " rto=" + p.rto()).toList());
        return payload;
    }

    /**
     * Makes sure every target an import of backups, calendars or plans names exists: returns
     * nothing when they all do; creates the missing ones when {@code create} (with evidence, one
     * transaction) and returns what it created; otherwise throws {@link UnknownTargetException}.
     */
    public List<String> requireTargets(Collection<SystemEnv> targets, String source, boolean create) {
        return requireTargets(targets, List.of(), source, create);
    }

    /** {@link #requireTargets} for the releases, backup windows and freezes of a calendar import. */
    public List<String> requireReferencedTargets(Workspace entries, String source, boolean create) {
        KnownTargets known = KnownTargets.of(repository.load());
        WorkspaceReferences refs = new WorkspaceReferences(entries);
        return requireTargets(refs.targets(), refs.uncreatable(known), source, create);
    }

    private List<String> requireTargets(Collection<SystemEnv> targets, List<String> uncreatable, String source, boolean create) {
        KnownTargets known = KnownTargets.of(repository.load());
        List<String> problems = new ArrayList<>(uncreatable);
        if (!create) {
            problems.addAll(known.describeUnknown(targets));
        }
        if (!problems.isEmpty()) {
            throw new UnknownTargetException(source, problems);
        }
        if (known.unknown(targets).isEmpty()) {
            return List.of();
        }
        access.require(evidence.currentActor(), Action.EDIT_POLICIES);
        TargetCreation creation = new TargetCreation(known, targets, evidence.currentActor(), source, today());
        evidence.commit(() -> repository.merge(creation.asWorkspace()),
                EvidenceLog.Entry.of("workspace.targets-created", source, Map.of("created", creation.described())));
        return creation.described();
    }

    /**
     * Refuses, recording {@code access.denied}, when the current actor may not change the calendar:
     * for calendar writes made outside this service (a CSV release import, a backup window or freeze form).
     */
    public void requireCalendarEdit() {
        access.require(evidence.currentActor(), Action.EDIT_CALENDAR);
    }

    public Workspace exportWorkspace() {
        return repository.load();
    }

    /** The profiles, sources, pinned host keys and secret references {@code export workspace} writes. */
    public WorkspaceSettings exportSettings() {
        return settings.load();
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

    private LocalDate today() {
        return LocalDate.now(clock);
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
