package io.drillbook.core.report;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.Policy;
import io.drillbook.core.ports.BackupRepository;
import io.drillbook.core.ports.WorkspaceRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stand-in until the compliance engine arrives: a day is a breach day when, at its end (UTC),
 * the newest succeeded backup is older than the RPO of the policy in force; unknown when no
 * succeeded backup exists yet. It samples the end of each day only, so it can miss a breach
 * that healed before midnight.
 */
public final class BackupAgeComplianceSource implements ComplianceSource {
    private final WorkspaceRepository workspace;
    private final BackupRepository backups;

    public BackupAgeComplianceSource(WorkspaceRepository workspace, BackupRepository backups) {
        this.workspace = workspace;
        this.backups = backups;
    }

    @Override
    public List<ComplianceLine> breachDays(ReportScope scope) {
        Map<String, List<Policy>> byTarget = new TreeMap<>();
        for (Policy p : workspace.policies()) {
            if (scope.includes(p.target())) {
                byTarget.computeIfAbsent(p.target().toString(), k -> new ArrayList<>()).add(p);
            }
        }
        List<ComplianceLine> lines = new ArrayList<>();
        byTarget.values().forEach(policies -> lines.add(lineFor(policies, scope)));
        return lines;
    }

    private ComplianceLine lineFor(List<Policy> policies, ReportScope scope) {
        policies.sort(Comparator.comparing(Policy::effectiveFrom));
        Policy first = policies.get(0);
        List<Instant> completions = backups.between(first.target(), Instant.EPOCH, scope.end()).stream()
                .filter(b -> b.status() == BackupStatus.SUCCEEDED && b.completedAt() != null)
                .map(Backup::completedAt).sorted().toList();
        long days = 0;
        long breach = 0;
        long unknown = 0;
        for (LocalDate day = scope.from(); !day.isAfter(scope.to()); day = day.plusDays(1)) {
            days++;
            Instant endOfDay = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant newest = newestBefore(completions, endOfDay);
            if (newest == null) {
                unknown++;
            } else if (Duration.between(newest, endOfDay).compareTo(policyOn(policies, day).rpo()) > 0) {
                breach++;
            }
        }
        return new ComplianceLine(first.target().system(), first.target().environment(),
                policyOn(policies, scope.to()).rpo().toString(), days, breach, unknown);
    }

    private static Instant newestBefore(List<Instant> sorted, Instant limit) {
        Instant newest = null;
        for (Instant t : sorted) {
            if (t.isAfter(limit)) {
                break;
            }
            newest = t;
        }
        return newest;
    }

    static Policy policyOn(List<Policy> sortedPolicies, LocalDate day) {
        Policy inForce = sortedPolicies.get(0);
        for (Policy p : sortedPolicies) {
            if (!p.effectiveFrom().isAfter(day)) {
                inForce = p;
            }
        }
        return inForce;
    }
}
