package io.drillbook.core.calendar;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.WorkspaceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Evaluates release gates, applies unexpired waivers to failing or unknown gates, and records every
 * decision ({@code gate.decision}) and every waiver ({@code gate.waived}) as evidence.
 */
public final class GateService {
    private final Authorizer access;
    private static final Logger LOGGER = LoggerFactory.getLogger(GateService.class);

    private final ReleaseGates gates;
    private final WorkspaceRepository workspace;
    private final WaiverRepository waivers;
    private final EvidenceLog evidence;
    private final Clock clock;

    public GateService(ReleaseGates gates, WorkspaceRepository workspace, WaiverRepository waivers, EvidenceLog evidence, Clock clock) {
        this(gates, workspace, waivers, evidence, clock, Authorizer.UNRESTRICTED);
    }

    public GateService(ReleaseGates gates, WorkspaceRepository workspace, WaiverRepository waivers, EvidenceLog evidence, Clock clock,
                       Authorizer access) {
        this.access = access;
        this.gates = gates;
        this.workspace = workspace;
        this.waivers = waivers;
        this.evidence = evidence;
        this.clock = clock;
    }

    /**
     * Judges {@code target} (for release {@code releaseId} when given) at {@code at}, or now, and
     * records the decision as evidence: what a pipeline asks before it deploys.
     */
    public GateDecision decide(SystemEnv target, Optional<String> releaseId, Optional<Instant> at) {
        access.require(evidence.currentActor(), Action.DECIDE_GATE);
        GateDecision decision = evaluate(target, releaseId, at);
        evidence.record("gate.decision", subject(target, releaseId.orElse(null)), decision.toMap());
        LOGGER.info("Gate decision for {}: {}", subject(target, releaseId.orElse(null)), decision.go() ? "go" : "no-go");
        return decision;
    }

    /** The same judgement without recording it: what a screen shows while someone looks. */
    public GateDecision evaluate(SystemEnv target, Optional<String> releaseId, Optional<Instant> at) {
        Instant moment = at.orElseGet(clock::instant);
        Optional<Release> release = releaseId.map(id -> workspace.release(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown release '" + id + "'")));
        release.ifPresent(r -> requireTouches(r, target));
        List<Waiver> active = waivers.activeAt(moment);
        List<GateResult> results = gates.evaluate(target, release, moment).stream()
                .map(r -> applyWaiver(r, active, releaseId.orElse(null), moment))
                .toList();
        return new GateDecision(target, releaseId.orElse(null), moment, results);
    }

    /** Stores a waiver given now by {@code by} and records it as evidence. */
    public Waiver waive(Gate gate, SystemEnv target, String releaseId, String by, String reason, Instant expiresAt) {
        access.require(evidence.currentActor(), Action.WAIVE_GATE);
        Waiver waiver = new Waiver(UUID.randomUUID().toString(), gate, releaseId, target, by, reason, clock.instant(), expiresAt);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("waiver", waiver.id());
        payload.put("gate", gate.name());
        payload.put("release", releaseId);
        payload.put("target", target == null ? null : target.toString());
        payload.put("reason", reason);
        payload.put("expiresAt", expiresAt.toString());
        evidence.commit(() -> waivers.save(waiver), EvidenceLog.Entry.as(by, "gate.waived", subject(target, releaseId), payload));
        return waiver;
    }

    private static GateResult applyWaiver(GateResult result, List<Waiver> active, String releaseId, Instant at) {
        if (result.status().allowsGo()) {
            return result;
        }
        return active.stream()
                .filter(w -> w.covers(result.gate(), result.target(), releaseId, at))
                .findFirst()
                .map(result::waivedBy)
                .orElse(result);
    }

    private static void requireTouches(Release release, SystemEnv target) {
        if (!release.touches(target)) {
            throw new IllegalArgumentException("release " + release.id() + " does not touch " + target
                    + " (it touches " + release.targets() + ")");
        }
    }

    private static String subject(SystemEnv target, String releaseId) {
        String t = target == null ? "" : target.toString();
        return releaseId == null ? t : t.isEmpty() ? releaseId : releaseId + "@" + t;
    }
}
