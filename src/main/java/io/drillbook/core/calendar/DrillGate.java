package io.drillbook.core.calendar;

import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.drill.DrillRunRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The drill gate: a passing drill younger than the drill policy allows, that recovered within the RTO. */
final class DrillGate {
    private final DrillRunRepository drills;

    DrillGate(DrillRunRepository drills) {
        this.drills = drills;
    }

    GateResult evaluate(GateWindow w) {
        if (w.policy().isEmpty()) {
            return new GateResult(Gate.DRILL, w.target(), GateStatus.UNKNOWN, "no policy for " + w.target() + " is in force", Map.of());
        }
        Policy policy = w.policy().get();
        String rule = "policy: every " + HumanDuration.of(policy.drillEvery()) + ", recovery within " + HumanDuration.of(policy.rto());
        Optional<DrillSummary> passing = drills.of(w.target()).stream()
                .filter(d -> d.passed() && !finished(d).isAfter(w.at()))
                .findFirst();
        if (passing.isEmpty()) {
            return new GateResult(Gate.DRILL, w.target(), GateStatus.FAIL, "no passing drill of " + w.target() + " on record; " + rule,
                    Map.of("drillEvery", policy.drillEvery().toString()));
        }
        return judge(w, policy, passing.get(), rule);
    }

    private static GateResult judge(GateWindow w, Policy policy, DrillSummary d, String rule) {
        Instant done = finished(d);
        Duration age = Duration.between(done, w.start());
        Instant dueBy = done.atOffset(ZoneOffset.UTC).plus(policy.drillEvery()).toInstant();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("run", d.runId());
        data.put("finishedAt", done.toString());
        data.put("ageDays", age.toDays());
        data.put("drillEvery", policy.drillEvery().toString());
        data.put("recoveryTime", d.recoveryTime() == null ? null : d.recoveryTime().toString());
        data.put("rto", policy.rto().toString());
        String head = "last passing drill of " + w.target() + " (" + d.runId() + ") is " + age.toDays() + " days old";
        if (dueBy.isBefore(w.start())) {
            return new GateResult(Gate.DRILL, w.target(), GateStatus.FAIL, head + "; " + rule, data);
        }
        if (d.recoveryTime() == null) {
            return new GateResult(Gate.DRILL, w.target(), GateStatus.UNKNOWN, head + " but recorded no recovery time; " + rule, data);
        }
        boolean withinRto = d.recoveryTime().compareTo(policy.rto()) <= 0;
        String took = " and recovered in " + HumanDuration.of(d.recoveryTime());
        return new GateResult(Gate.DRILL, w.target(), withinRto ? GateStatus.PASS : GateStatus.FAIL, head + took + "; " + rule, data);
    }

    private static Instant finished(DrillSummary d) {
        return d.finishedAt() == null ? d.startedAt() : d.finishedAt();
    }
}
