package io.drillbook.infra.report;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.format.HumanUnits;
import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.CoverFacts;
import io.drillbook.core.report.DrillEntry;
import io.drillbook.core.report.GateEntry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as an OSCAL assessment-results document (NIST OSCAL 1.1): one observation per drill
 * and gate decision with the evidence event behind it, one finding per drill (RTO demonstrated or
 * not) and per gate decision (go or no-go), and a back-matter resource per evidence event carrying
 * its SHA-256 chain hash. UUIDs are derived from the evidence, so the same report gives the same bytes.
 */
public final class OscalReportWriter {
    static final String OSCAL_VERSION = "1.1.2";

    public byte[] write(AuditReport report) {
        CoverFacts c = report.cover();
        Map<Long, EvidenceEvent> bySeq = new LinkedHashMap<>();
        report.events().forEach(e -> bySeq.put(e.seq(), e));
        List<Object> observations = new ArrayList<>();
        List<Object> findings = new ArrayList<>();
        Map<Long, Object> resources = new LinkedHashMap<>();
        for (DrillEntry d : report.drills()) {
            String description = "Restore drill " + d.runId() + " of plan '" + d.plan() + "' on " + d.system() + "/" + d.environment()
                    + " by " + d.operator() + ": " + d.status() + "; backup " + d.backupId() + " aged "
                    + orNone(HumanUnits.duration(d.achievedRpo())) + " (RPO " + d.rpoVerdict() + "), recovery "
                    + orNone(HumanUnits.duration(d.recoveryTime())) + " against an RTO of " + orNone(HumanUnits.duration(d.rtoTarget()))
                    + " (" + d.rtoVerdict() + ").";
            List<Long> seqs = new ArrayList<>();
            d.steps().forEach(s -> seqs.add(s.seq()));
            String obs = observation(observations, "drill:" + d.runId(), "Restore drill " + d.runId(), description, "TEST",
                    d.finishedAt() == null ? d.startedAt() : d.finishedAt(), seqs, bySeq, resources);
            findings.add(finding("drill:" + d.runId(), "RTO of " + d.system() + "/" + d.environment() + " demonstrated by drill " + d.runId(),
                    description, "drillbook-rto-" + d.system() + "-" + d.environment(), "met".equals(d.rtoVerdict()), obs));
        }
        for (GateEntry g : report.gateDecisions()) {
            String description = "Release gate for " + (g.release().isEmpty() ? "" : g.release() + " on ") + g.system() + "/"
                    + g.environment() + " decided " + g.outcome() + " for " + g.actor() + (g.reason().isEmpty() ? "." : ": " + g.reason());
            String obs = observation(observations, "gate:" + g.seq(), "Gate decision #" + g.seq(), description, "EXAMINE", g.time(),
                    List.of(g.seq()), bySeq, resources);
            findings.add(finding("gate:" + g.seq(), "Release gate #" + g.seq() + ": " + g.outcome(), description,
                    "drillbook-gate-" + g.system() + "-" + g.environment(), "go".equals(g.outcome()), obs));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("uuid", uuid("result:" + c.headHash() + c.from() + c.to()));
        result.put("title", c.title() + " " + c.from() + " to " + c.to());
        result.put("description", VerifyInstructions.statement(c));
        result.put("start", c.from() + "T00:00:00Z");
        result.put("end", java.time.LocalDate.parse(c.to()).plusDays(1) + "T00:00:00Z");
        result.put("reviewed-controls", Map.of("control-selections", List.of(Map.of("include-all", Map.of()))));
        if (!observations.isEmpty()) {
            result.put("observations", observations);
        }
        if (!findings.isEmpty()) {
            result.put("findings", findings);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", c.title() + " " + c.from() + " to " + c.to());
        metadata.put("last-modified", EvidenceHashing.normalise(c.asOf()).toString());
        metadata.put("version", "head-" + c.headSeq());
        metadata.put("oscal-version", OSCAL_VERSION);
        Map<String, Object> plan = new LinkedHashMap<>();
        String planUuid = uuid("plan:" + c.from() + c.to());
        resources.put(-1L, Map.of("uuid", planUuid, "title", "Drillbook drill policy (assessment plan)",
                "description", "The restore drill and release gate rules of Drillbook's DESIGN.md, applied per system and environment."));
        plan.put("href", "#" + planUuid);
        Map<String, Object> ar = new LinkedHashMap<>();
        ar.put("uuid", uuid("ar:" + c.headHash() + c.from() + c.to() + c.systems() + c.environments()));
        ar.put("metadata", metadata);
        ar.put("import-ap", plan);
        ar.put("results", List.of(result));
        ar.put("back-matter", Map.of("resources", new ArrayList<>(resources.values())));
        return (ExportRedaction.canonicalJson(Map.of("assessment-results", ar)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String observation(List<Object> observations, String key, String title, String description, String method,
                                      java.time.Instant collected, List<Long> seqs, Map<Long, EvidenceEvent> bySeq,
                                      Map<Long, Object> resources) {
        String id = uuid("observation:" + key);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("uuid", id);
        o.put("title", title);
        o.put("description", description);
        o.put("methods", List.of(method));
        o.put("collected", EvidenceHashing.normalise(collected).toString());
        List<Object> evidence = new ArrayList<>();
        for (Long seq : seqs) {
            EvidenceEvent e = bySeq.get(seq);
            if (e != null) {
                resources.computeIfAbsent(seq, s -> resource(e));
                evidence.add(Map.of("href", "#" + uuid("event:" + e.hash()), "description",
                        "Evidence event #" + e.seq() + " (" + e.kind() + ")"));
            }
        }
        if (!evidence.isEmpty()) {
            o.put("relevant-evidence", evidence);
        }
        observations.add(o);
        return id;
    }

    private static Map<String, Object> resource(EvidenceEvent e) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", uuid("event:" + e.hash()));
        r.put("title", "Evidence event #" + e.seq() + " " + e.kind() + " " + e.subject());
        r.put("rlinks", List.of(Map.of("href", "chain/events.jsonl#seq=" + e.seq(), "media-type", "application/json",
                "hashes", List.of(Map.of("algorithm", "SHA-256", "value", e.hash())))));
        return r;
    }

    private static Map<String, Object> finding(String key, String title, String description, String targetId, boolean satisfied,
                                               String observation) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("uuid", uuid("finding:" + key));
        f.put("title", title);
        f.put("description", description);
        f.put("target", Map.of("type", "objective-id", "target-id", token(targetId),
                "status", Map.of("state", satisfied ? "satisfied" : "not-satisfied")));
        f.put("related-observations", List.of(Map.of("observation-uuid", observation)));
        return f;
    }

    private static String orNone(String s) {
        return s.isEmpty() ? "none" : s;
    }

    /** A name-based UUID (version 5 layout over SHA-256), stable for the same input. */
    static String uuid(String name) {
        String h = EvidenceHashing.sha256Hex(name);
        char variant = "89ab".charAt(Character.digit(h.charAt(16), 16) & 3);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-5" + h.substring(13, 16) + "-" + variant + h.substring(17, 20)
                + "-" + h.substring(20, 32);
    }

    private static String token(String text) {
        String t = text.replaceAll("[^A-Za-z0-9._-]", "_");
        return Character.isLetter(t.charAt(0)) ? t : "_" + t;
    }
}
