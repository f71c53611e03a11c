package io.drillbook.core.notify;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.pipeline.NotificationKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which evidence events page someone: a no-go gate (and, when its pre-release backup gate failed
 * for a release, an RPO breach before that release), a failed or interrupted drill, a failed
 * {@code backup run}. Reading the evidence, not the commands, means every front end notifies alike.
 */
public final class NotificationRules {
    private NotificationRules() {
    }

    public static List<Notification> of(EvidenceEvent e) {
        List<Notification> out = new ArrayList<>();
        switch (e.kind()) {
            case "gate.decision" -> gate(e, CanonicalJson.readMap(e.payload()), out);
            case "drill.finished" -> {
                Map<String, Object> p = CanonicalJson.readMap(e.payload());
                String result = String.valueOf(p.get("result"));
                if (result.equals("FAILED") || result.equals("INTERRUPTED")) {
                    NotificationKind kind = result.equals("FAILED") ? NotificationKind.DRILL_FAILED : NotificationKind.DRILL_INTERRUPTED;
                    out.add(new Notification(kind, e.seq(), e.subject(), "Drill " + e.subject() + " " + result.toLowerCase(),
                            "Restore drill " + e.subject() + " (plan " + p.get("plan") + ", backup " + p.get("backupId") + ") ended "
                                    + result.toLowerCase() + ".", facts(e, "plan", p.get("plan"), "backup", p.get("backupId"))));
                }
            }
            case "drill.interrupted" -> out.add(new Notification(NotificationKind.DRILL_INTERRUPTED, e.seq(), e.subject(),
                    "Drill " + e.subject() + " interrupted", "Restore drill " + e.subject() + " was interrupted and is recorded as such.",
                    facts(e)));
            case "backup.run.failed" -> {
                Map<String, Object> p = CanonicalJson.readMap(e.payload());
                out.add(new Notification(NotificationKind.BACKUP_RUN_FAILED, e.seq(), e.subject(), "Pre-release backup of " + e.subject() + " failed",
                        String.valueOf(p.get("reason")), facts(e, "release", p.get("release"), "commit", p.get("commit"), "pipeline", p.get("pipeline"))));
            }
            default -> { }
        }
        return out;
    }

    private static void gate(EvidenceEvent e, Map<String, Object> p, List<Notification> out) {
        if (!"no-go".equals(p.get("decision"))) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        boolean backupFailed = false;
        for (Object g : (List<?>) p.getOrDefault("gates", List.of())) {
            Map<?, ?> gate = (Map<?, ?>) g;
            if (!"PASS".equals(gate.get("status")) && !"WAIVED".equals(gate.get("status"))) {
                reasons.add(gate.get("gate") + ": " + gate.get("reason"));
                backupFailed |= "PRE_RELEASE_BACKUP".equals(gate.get("gate"));
            }
        }
        Object release = p.get("release");
        String target = String.valueOf(p.get("target"));
        Map<String, String> facts = facts(e, "release", release, "target", target);
        out.add(new Notification(NotificationKind.GATE_NO_GO, e.seq(), e.subject(), "Gate NO-GO for " + target
                + (release == null ? "" : " " + release), String.join("\n", reasons), facts));
        if (backupFailed && release != null) {
            out.add(new Notification(NotificationKind.RPO_BREACH_BEFORE_RELEASE, e.seq(), e.subject(),
                    "No fresh backup of " + target + " before release " + release,
                    reasons.stream().filter(r -> r.startsWith("PRE_RELEASE_BACKUP")).findFirst().orElse(""), facts));
        }
    }

    private static Map<String, String> facts(EvidenceEvent e, Object... pairs) {
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !String.valueOf(pairs[i + 1]).isEmpty()) {
                f.put(String.valueOf(pairs[i]), String.valueOf(pairs[i + 1]));
            }
        }
        f.put("evidence", "#" + e.seq() + " by " + e.actor() + " at " + e.time());
        return f;
    }
}
