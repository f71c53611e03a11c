package io.drillbook.infra.workspace;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.core.workspace.WorkspaceImport;
import io.drillbook.infra.workspace.WorkspaceFile.CabEntry;
import io.drillbook.infra.workspace.WorkspaceFile.FreezeEntry;
import io.drillbook.infra.workspace.WorkspaceFile.MeetingEntry;
import io.drillbook.infra.workspace.WorkspaceFile.PolicyEntry;
import io.drillbook.infra.workspace.WorkspaceFile.ReleaseEntry;
import io.drillbook.infra.workspace.WorkspaceFile.SystemEntry;
import io.drillbook.infra.workspace.WorkspaceFile.WindowEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Converts between the file's records and the domain's. */
final class WorkspaceMapping {
    /** The effective date of a policy that names none (until an import decides, see {@link WorkspaceImport}). */
    static final LocalDate ALWAYS = WorkspaceImport.UNDATED;

    private WorkspaceMapping() {
    }

    static List<ProtectedSystem> systems(WorkspaceFile f) {
        return f.systems().stream()
                .map(s -> new ProtectedSystem(s.name(), s.owner(), s.tier(), s.description())).toList();
    }

    static List<Policy> policies(WorkspaceFile f) {
        List<Policy> out = new ArrayList<>();
        for (SystemEntry s : f.systems()) {
            s.environments().forEach((env, p) -> addPolicy(out, new SystemEnv(s.name(), env), p));
        }
        return out;
    }

    /** The targets whose newest policy in the file has no {@code effectiveFrom}. */
    static java.util.Set<SystemEnv> undated(WorkspaceFile f) {
        java.util.Set<SystemEnv> out = new java.util.HashSet<>();
        for (SystemEntry s : f.systems()) {
            s.environments().forEach((env, p) -> {
                if (p.effectiveFrom() == null) {
                    out.add(new SystemEnv(s.name(), env));
                }
            });
        }
        return out;
    }

    private static void addPolicy(List<Policy> out, SystemEnv target, PolicyEntry p) {
        out.add(new Policy(target, p.effectiveFrom() == null ? ALWAYS : p.effectiveFrom(), p.rpo(), p.rto(), p.drillEvery(),
                p.preReleaseBackupAge(), p.warnShare() == null ? Policy.DEFAULT_WARN_SHARE : p.warnShare()));
        WorkspaceFile.orEmpty(p.earlier()).forEach(e -> addPolicy(out, target, e));
    }

    static BackupWindow window(WindowEntry w) {
        return new BackupWindow(w.name(), w.systems(), WorkspaceFile.orEmpty(w.environments()),
                new Recurrence(w.start(), w.duration(), w.timeZone(), w.rrule(), w.exdates()));
    }

    static CabMeeting meeting(MeetingEntry m) {
        return new CabMeeting(m.title(), new Recurrence(m.start(), m.duration(), m.timeZone(), m.rrule(), m.exdates()));
    }

    static Freeze freeze(FreezeEntry f) {
        return new Freeze(f.name(), f.reason(), f.environments(), new Recurrence(f.start(), f.duration(), f.timeZone(),
                f.rrule(), f.exdates()), Boolean.TRUE.equals(f.activeRecovery()));
    }

    static Release release(ReleaseEntry r) {
        CabApproval cab = r.cab() == null ? null : new CabApproval(r.cab().approvedBy(), r.cab().approvedAt());
        return new Release(r.id(), r.title(), r.systems(), r.environments(), r.start(), r.end(), r.risk(), cab, r.status(), 0);
    }

    static WorkspaceFile toFile(Workspace ws) {
        Map<String, List<Policy>> bySystem = ws.policies().stream()
                .collect(Collectors.groupingBy(p -> p.target().system(), LinkedHashMap::new, Collectors.toList()));
        List<SystemEntry> systems = ws.systems().stream()
                .map(s -> new SystemEntry(s.name(), s.owner(), s.tier(), s.description(),
                        environmentsOf(bySystem.getOrDefault(s.name(), List.of()))))
                .toList();
        return new WorkspaceFile(systems,
                ws.backupWindows().stream().map(w -> new WindowEntry(w.name(), w.systems(), w.environments(), w.when().start(),
                        w.when().duration(), w.when().zone(), w.when().rrule(), w.when().exdates())).toList(),
                ws.cabMeetings().stream().map(m -> new MeetingEntry(m.title(), m.when().start(), m.when().duration(),
                        m.when().zone(), m.when().rrule(), m.when().exdates())).toList(),
                ws.freezes().stream().map(f -> new FreezeEntry(f.name(), f.reason(), f.environments(), f.when().start(),
                        f.when().duration(), f.when().zone(), f.when().rrule(), f.when().exdates(),
                        f.activeRecovery() ? Boolean.TRUE : null)).toList(),
                ws.releases().stream().map(r -> new ReleaseEntry(r.id(), r.title(), r.systems(), r.environments(), r.start(),
                        r.end(), r.risk(), r.status(), r.cab() == null ? null
                        : new CabEntry(r.cab().approvedBy(), r.cab().approvedAt()))).toList(),
                List.of(), List.of(), List.of(), List.of());
    }

    private static Map<String, PolicyEntry> environmentsOf(List<Policy> policies) {
        Map<String, List<Policy>> byEnv = policies.stream()
                .sorted(Comparator.comparing(Policy::effectiveFrom).reversed())
                .collect(Collectors.groupingBy(p -> p.target().environment(), java.util.TreeMap::new, Collectors.toList()));
        Map<String, PolicyEntry> out = new LinkedHashMap<>();
        byEnv.forEach((env, newestFirst) -> out.put(env, entry(newestFirst.get(0),
                newestFirst.subList(1, newestFirst.size()).stream().map(p -> entry(p, null)).toList())));
        return out;
    }

    private static PolicyEntry entry(Policy p, List<PolicyEntry> earlier) {
        return new PolicyEntry(p.rpo(), p.rto(), p.drillEvery(),
                p.preReleaseBackupAge().equals(p.rpo()) ? null : p.preReleaseBackupAge(),
                p.warnShare() == Policy.DEFAULT_WARN_SHARE ? null : p.warnShare(),
                p.effectiveFrom().equals(ALWAYS) && earlier != null ? null : p.effectiveFrom(),
                earlier == null || earlier.isEmpty() ? null : earlier);
    }
}
