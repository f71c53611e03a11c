package io.drillbook.core.metrics;

import io.drillbook.core.compliance.ComplianceStatus;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * Target health as OpenMetrics text (every family a gauge, labelled {@code system} and
 * {@code environment}, ending {@code # EOF}); also valid Prometheus text format, so
 * node_exporter's textfile collector and a Pushgateway take it as it is. The names are listed in
 * README ("Monitoring") and used by packaging/monitoring's rules and dashboard.
 */
public final class OpenMetricsText {
    private OpenMetricsText() {
    }

    public static String of(List<TargetHealth> targets, Instant now) {
        MetricFamilies f = new MetricFamilies();
        f.family("drillbook_metrics_generated_timestamp_seconds", "When Drillbook wrote these metrics.").add(List.of(), seconds(now));
        for (TargetHealth t : targets) {
            List<String> labels = List.of("system", t.target().system(), "environment", t.target().environment());
            backups(f, t, labels, now);
            drills(f, t, labels);
            compliance(f, t, labels);
            f.family("drillbook_gaps_open", "Gaps found by drills that are not closed.").add(labels, t.openGaps());
            f.family("drillbook_gaps_overdue", "Open gaps past their due date.").add(labels, t.overdueGaps());
            f.family("drillbook_freezes_active", "Freezes and active recoveries in force now for the environment.")
                    .add(labels, t.activeFreezes().size());
            MetricFamilies.Family active = f.family("drillbook_freeze_active", "1 for each freeze or active recovery in force now.");
            t.activeFreezes().forEach(name -> active.add(with(labels, "freeze", name), 1));
            t.nextRelease().ifPresent(r -> f.family("drillbook_release_next_start_timestamp_seconds",
                    "Start of the next scheduled release touching the system and environment (within 30 days).")
                    .add(with(labels, "release", r.id()), seconds(r.start())));
        }
        return f.text() + "# EOF\n";
    }

    private static void backups(MetricFamilies f, TargetHealth t, List<String> labels, Instant now) {
        MetricFamilies.Family last = f.family("drillbook_backup_last_success_timestamp_seconds", "Completion time of the newest succeeded backup.");
        MetricFamilies.Family age = f.family("drillbook_backup_age_seconds", "Age of the newest succeeded backup: the RPO right now.");
        MetricFamilies.Family tested = f.family("drillbook_tested_rpo_seconds", "Age of the newest backup that passed a drill: the tested RPO right now.");
        MetricFamilies.Family failed = f.family("drillbook_backup_last_failure_timestamp_seconds", "Completion time of the newest failed backup.");
        MetricFamilies.Family rpo = f.family("drillbook_rpo_target_seconds", "The RPO the policy in force allows.");
        t.newestGood().ifPresent(b -> {
            last.add(labels, seconds(b.completedAt()));
            age.add(labels, Math.max(0, Duration.between(b.completedAt(), now).toMillis() / 1000.0));
        });
        t.newestVerified().map(Backup::completedAt).ifPresent(at -> tested.add(labels, Math.max(0, Duration.between(at, now).toMillis() / 1000.0)));
        t.newestFailed().ifPresent(b -> failed.add(labels, seconds(b.completedAt())));
        t.policy().map(Policy::rpo).ifPresent(d -> rpo.add(labels, d.toSeconds()));
    }

    private static void drills(MetricFamilies f, TargetHealth t, List<String> labels) {
        MetricFamilies.Family last = f.family("drillbook_drill_last_timestamp_seconds", "When the newest drill finished, whatever its result.");
        MetricFamilies.Family passed = f.family("drillbook_drill_last_passed", "1 when the newest drill passed, 0 when it failed or was interrupted.");
        MetricFamilies.Family recovery = f.family("drillbook_drill_last_recovery_seconds", "Recovery time (automated plus manual) of the newest drill.");
        MetricFamilies.Family lastPass = f.family("drillbook_drill_last_pass_timestamp_seconds", "When the newest passing drill finished.");
        MetricFamilies.Family rto = f.family("drillbook_rto_target_seconds", "The RTO the policy in force allows.");
        MetricFamilies.Family every = f.family("drillbook_drill_interval_seconds", "How often a drill must pass (months counted as 30 days).");
        t.newestDrill().ifPresent(d -> {
            last.add(labels, seconds(d.finishedAt()));
            passed.add(labels, d.passed() ? 1 : 0);
            if (d.recoveryTime() != null) {
                recovery.add(labels, d.recoveryTime().toMillis() / 1000.0);
            }
        });
        t.newestPassedDrill().map(DrillSummary::finishedAt).ifPresent(at -> lastPass.add(labels, seconds(at)));
        t.policy().ifPresent(p -> {
            rto.add(labels, p.rto().toSeconds());
            every.add(labels, days(p.drillEvery()) * 86_400L);
        });
    }

    private static void compliance(MetricFamilies f, TargetHealth t, List<String> labels) {
        MetricFamilies.Family status = f.family("drillbook_compliance_status",
                "Today's compliance judgement per metric: 1 for the current status, 0 for the others.");
        state(status, labels, "rpo", t.rpo());
        state(status, labels, "tested_rpo", t.testedRpo());
        state(status, labels, "rto", t.rto());
        state(status, labels, "drill_freshness", t.drillFreshness());
    }

    private static void state(MetricFamilies.Family family, List<String> labels, String metric, ComplianceStatus current) {
        for (ComplianceStatus s : ComplianceStatus.values()) {
            family.add(with(with(labels, "metric", metric), "status", s.name().toLowerCase(Locale.ROOT)), s == current ? 1 : 0);
        }
    }

    private static List<String> with(List<String> labels, String name, String value) {
        List<String> out = new java.util.ArrayList<>(labels);
        out.add(name);
        out.add(value);
        return out;
    }

    private static double seconds(Instant at) {
        return at.toEpochMilli() / 1000.0;
    }

    private static long days(Period p) {
        return p.toTotalMonths() * 30 + p.getDays();
    }
}
