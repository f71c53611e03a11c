package io.drillbook.infra.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records drill and playbook runs as the real runners write them (subject = run id; payloads as
 * DrillEvidence, StepOutcome.toEvidence, RunRecorder and StepRecord.toEvidence build them), so
 * report tests and the benchmark read the shapes real runs produce.
 */
public final class EvidenceShapes {
    /** Where events go: an evidence log, or a batch generator in the benchmark. */
    @FunctionalInterface
    public interface Sink {
        void add(String actor, String kind, String subject, Map<String, Object> payload);
    }

    private final Sink sink;

    public EvidenceShapes(Sink sink) {
        this.sink = sink;
    }

    /** A drill of {@code steps} commands, one manual step and one check; {@code passed} false fails the check. */
    public void drill(String runId, String system, String env, String plan, String operator, String backupId,
                      String backupCompletedAt, int steps, boolean passed) {
        Map<String, Object> started = new LinkedHashMap<>();
        started.put("plan", plan);
        started.put("system", system);
        started.put("environment", env);
        started.put("target", Map.of("ssh", Map.of("host", "drill-sandbox.internal")));
        started.put("backupId", backupId);
        started.put("backupSource", "RESTIC");
        started.put("backupCompletedAt", backupCompletedAt);
        started.put("operator", operator);
        started.put("steps", List.of("STEP: Restore dump", "CHECK: Orders present"));
        sink.add(operator, "drill.started", runId, started);
        int index = 0;
        for (; index < steps; index++) {
            step(runId, operator, index, "STEP", "Restore part " + (index + 1), "RUNNING", null);
            Map<String, Object> done = step(index, "STEP", "Restore part " + (index + 1), "PASSED");
            done.put("command", "pg_restore -d shop_drill_" + runId + " part-" + (index + 1) + ".dump");
            done.put("output", Map.of("exitStatus", 0, "outcome", "EXITED", "stdoutSha256", "ab12", "stdoutBytes", 120));
            sink.add(operator, "drill.step", runId, done);
        }
        step(runId, operator, index, "STEP", "Point the app config at the drill database", "RUNNING", null);
        Map<String, Object> manual = step(index, "STEP", "Point the app config at the drill database", "PASSED");
        manual.put("confirmedBy", operator);
        manual.put("confirmedAt", "2026-10-05T08:19:00Z");
        manual.put("confirmedDone", true);
        manual.put("manualMillis", 240_000);
        sink.add(operator, "drill.step", runId, manual);
        index++;
        step(runId, operator, index, "CHECK", "Orders present", "RUNNING", null);
        Map<String, Object> check = step(index, "CHECK", "Orders present", passed ? "PASSED" : "FAILED");
        check.put("command", "psql -tA -c 'select count(*) from orders'");
        check.put("expected", ">= 5000");
        check.put("actual", passed ? "6000" : "12");
        if (!passed) {
            check.put("message", "expected >= 5000, got 12");
        }
        sink.add(operator, "drill.step", runId, check);
        Map<String, Object> finished = new LinkedHashMap<>();
        finished.put("result", passed ? "PASSED" : "FAILED");
        finished.put("plan", plan);
        finished.put("backupId", backupId);
        finished.put("achievedRpoSeconds", 6 * 3600);
        finished.put("recoverySeconds", 23 * 60);
        finished.put("automatedSeconds", 19 * 60);
        finished.put("manualSeconds", 4 * 60);
        finished.put("rpoTargetSeconds", 24 * 3600);
        finished.put("rtoTargetSeconds", 4 * 3600);
        finished.put("rpoMet", true);
        finished.put("rtoMet", true);
        finished.put("cleanupFailed", false);
        sink.add(operator, "drill.finished", runId, finished);
    }

    private void step(String runId, String operator, int index, String kind, String name, String state, String message) {
        Map<String, Object> p = step(index, kind, name, state);
        if (message != null) {
            p.put("message", message);
        }
        sink.add(operator, "drill.step", runId, p);
    }

    private static Map<String, Object> step(int index, String kind, String name, String state) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("index", index);
        p.put("kind", kind);
        p.put("name", name);
        p.put("state", state);
        p.put("automatedMillis", 60_000);
        p.put("manualMillis", 0);
        return p;
    }

    /** A gap as the drill wizard records it. */
    public void gap(String runId, String system, String env, String description, String owner, String due) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("system", system);
        p.put("environment", env);
        p.put("description", description);
        p.put("owner", owner);
        p.put("dueDate", due);
        sink.add(owner, "drill.gap", runId, p);
    }

    /** A playbook run of {@code steps} command steps that ends COMPLETED, with its freeze. */
    public void playbookRun(String runId, String playbook, String target, String operator, int steps) {
        sink.add(operator, "playbook.started", runId, run(playbook, target, "RUNNING", 0,
                Map.of("operator", operator, "steps", List.of("command: Drain traffic"))));
        sink.add(operator, "playbook.freeze.started", runId, Map.of("freeze", "Recovery of " + target, "target", target));
        for (int i = 0; i < steps; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("playbook", playbook);
            p.put("index", i);
            p.put("name", i == 0 ? "Drain traffic" : "Step " + (i + 1));
            p.put("kind", "command");
            p.put("state", "PASSED");
            p.put("attempts", 1);
            p.put("actor", operator);
            p.put("command", "systemctl stop shop-api");
            p.put("startedAt", "2026-10-06T02:13:00Z");
            p.put("finishedAt", "2026-10-06T02:14:00Z");
            p.put("elapsedMillis", 60_000);
            sink.add(operator, "playbook.step", runId, p);
            sink.add(operator, "playbook.progress", runId, run(playbook, target, "RUNNING", i + 1, Map.of()));
        }
        sink.add(operator, "playbook.finished", runId, run(playbook, target, "COMPLETED", steps, Map.of()));
        sink.add(operator, "playbook.freeze.lifted", runId, Map.of("freeze", "Recovery of " + target));
    }

    private static Map<String, Object> run(String playbook, String target, String status, int position, Map<String, Object> more) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("playbook", playbook);
        p.put("target", target);
        p.put("status", status);
        p.put("position", position);
        p.putAll(more);
        return p;
    }
}
