package io.drillbook.core.drill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evidence payloads of a run's start and end, as plain maps so that redaction reaches every string. */
final class DrillEvidence {
    private DrillEvidence() {
    }

    static Map<String, Object> started(DrillRequest request, List<StepOutcome> pending, boolean addedToInventory) {
        DrillPlan plan = request.plan();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("plan", plan.name());
        p.put("system", plan.system());
        p.put("environment", plan.environment());
        p.put("target", plan.target());
        p.put("backupId", request.backup().externalId());
        p.put("backupSource", request.backup().source().name());
        p.put("backupCompletedAt", String.valueOf(request.backup().completedAt()));
        Map<String, Object> chosen = request.choice().evidence();
        if (request.choice().listed()) {
            chosen.put("addedToInventory", addedToInventory);
        }
        p.put("backupChoice", chosen);
        p.put("operator", request.operator());
        p.put("parameters", DrillVariables.masked(plan.parameters()));
        p.put("steps", pending.stream().map(s -> s.kind().name() + ": " + s.name()).toList());
        return p;
    }

    static Map<String, Object> finished(DrillResult result) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("result", result.summary().result().name());
        p.put("plan", result.summary().plan());
        p.put("backupId", result.summary().backupId());
        p.put("achievedRpoSeconds", result.summary().achievedRpo().toSeconds());
        p.put("recoverySeconds", result.summary().recoveryTime().toSeconds());
        p.put("automatedSeconds", result.summary().automated().toSeconds());
        p.put("manualSeconds", result.summary().manual().toSeconds());
        if (result.rpoTarget() != null) {
            p.put("rpoTargetSeconds", result.rpoTarget().toSeconds());
            p.put("rtoTargetSeconds", result.rtoTarget().toSeconds());
            p.put("rpoMet", result.rpoMet().orElse(false));
        }
        p.put("rtoVerdict", result.rtoVerdict().code());
        p.put("rtoMet", result.rtoVerdict().met());
        p.put("cleanupFailed", result.cleanupFailed());
        p.put("stepStates", result.steps().stream().map(s -> s.name() + ": " + s.state()).toList());
        return p;
    }
}
