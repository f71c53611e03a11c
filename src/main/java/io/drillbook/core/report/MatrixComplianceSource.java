package io.drillbook.core.report;

import io.drillbook.core.compliance.ComplianceMatrix;
import io.drillbook.core.compliance.ComplianceStatus;
import io.drillbook.core.compliance.Metric;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compliance lines from the compliance engine's matrix (RPO, tested RPO, RTO, drill freshness per
 * day), counted over the days that are scored: a policy was in force and the day had begun by the
 * report's as-of time. Days before a system's first policy and days after as-of are left out.
 */
public final class MatrixComplianceSource implements ComplianceSource {

    /** The compliance engine, asked as of a given moment. */
    @FunctionalInterface
    public interface Matrices {
        ComplianceMatrix matrix(LocalDate from, LocalDate to, ZoneId zone, Instant now);
    }

    private final WorkspaceRepository workspace;
    private final Matrices matrices;
    private final ZoneId zone;

    public MatrixComplianceSource(WorkspaceRepository workspace, Matrices matrices, ZoneId zone) {
        this.workspace = workspace;
        this.matrices = matrices;
        this.zone = zone;
    }

    @Override
    public String zone() {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    @Override
    public List<ComplianceLine> lines(ReportScope scope, Instant asOf) {
        ComplianceMatrix m = matrices.matrix(scope.from(), scope.to(), zone, asOf);
        List<Policy> policies = workspace.policies().stream().sorted(Comparator.comparing(Policy::effectiveFrom)).toList();
        List<ComplianceLine> out = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            SystemEnv target = m.rows().get(r);
            if (scope.includes(target)) {
                List<Policy> own = policies.stream().filter(p -> p.target().equals(target)).toList();
                out.add(line(m, r, own, asOf));
            }
        }
        out.sort(Comparator.comparing(ComplianceLine::system).thenComparing(ComplianceLine::environment));
        return out;
    }

    private ComplianceLine line(ComplianceMatrix m, int r, List<Policy> policies, Instant asOf) {
        long[] counts = new long[9];
        int worstRpo = -1;
        int worstTested = -1;
        int lastScored = -1;
        Policy lastPolicy = null;
        StringBuilder daily = new StringBuilder(m.days());
        for (int c = 0; c < m.days(); c++) {
            LocalDate day = m.day(c);
            Policy policy = policyOn(policies, day);
            if (policy == null || !day.atStartOfDay(zone).toInstant().isBefore(asOf)) {
                daily.append('-');
                continue;
            }
            lastScored = c;
            lastPolicy = policy;
            counts[0]++;
            ComplianceStatus rpo = m.status(Metric.RPO, r, c);
            ComplianceStatus rto = m.status(Metric.RTO, r, c);
            ComplianceStatus fresh = m.status(Metric.DRILL_FRESHNESS, r, c);
            counts[1] += rpo == ComplianceStatus.BREACH ? 1 : 0;
            counts[2] += rpo == ComplianceStatus.AT_RISK ? 1 : 0;
            counts[3] += m.status(Metric.TESTED_RPO, r, c) == ComplianceStatus.BREACH ? 1 : 0;
            counts[4] += rto == ComplianceStatus.BREACH ? 1 : 0;
            counts[5] += rto == ComplianceStatus.STALE ? 1 : 0;
            counts[6] += fresh == ComplianceStatus.STALE ? 1 : 0;
            counts[7] += fresh == ComplianceStatus.AT_RISK ? 1 : 0;
            counts[8] += rpo == ComplianceStatus.UNKNOWN ? 1 : 0;
            worstRpo = Math.max(worstRpo, m.worstRpoMinutes(r, c));
            worstTested = Math.max(worstTested, m.worstTestedRpoMinutes(r, c));
            daily.append(letter(rpo.worse(rto).worse(fresh)));
        }
        SystemEnv target = m.rows().get(r);
        int age = lastScored < 0 ? -1 : m.drillAgeDays(r, lastScored);
        String newest = age < 0 ? "" : m.day(lastScored).minusDays(age).toString();
        String verdict = verdict(counts, policies.isEmpty());
        return new ComplianceLine(target.system(), target.environment(), lastPolicy == null ? null : lastPolicy.rpo(),
                lastPolicy == null ? null : lastPolicy.rto(), lastPolicy == null ? "" : lastPolicy.drillEvery().toString(),
                m.days(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8],
                minutes(worstRpo), minutes(worstTested), newest, age, verdict, daily.toString());
    }

    /** Out of policy on any breach or stale day; no data when every scored day's RPO is unknown; partly unknown when some is. */
    private static String verdict(long[] counts, boolean noPolicy) {
        if (counts[0] == 0) {
            return noPolicy ? "no policy" : "no data";
        }
        if (counts[1] + counts[4] + counts[5] + counts[6] > 0) {
            return "out of policy";
        }
        return counts[8] == counts[0] ? "no data" : counts[8] > 0 ? "partly unknown" : "within policy";
    }

    private static Duration minutes(int m) {
        return m < 0 ? null : Duration.ofMinutes(m);
    }

    private static char letter(ComplianceStatus s) {
        return switch (s) {
            case COMPLIANT -> 'C';
            case AT_RISK -> 'A';
            case STALE -> 'S';
            case BREACH -> 'B';
            case UNKNOWN -> 'U';
        };
    }

    private static Policy policyOn(List<Policy> sorted, LocalDate day) {
        Policy inForce = null;
        for (Policy p : sorted) {
            if (!p.effectiveFrom().isAfter(day)) {
                inForce = p;
            }
        }
        return inForce;
    }
}
