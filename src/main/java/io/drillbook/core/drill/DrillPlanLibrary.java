package io.drillbook.core.drill;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The workspace's drill plans: saves plans only after they parse, records every change as
 * evidence ({@code drill-plan.saved}, {@code drill-plan.deleted}), and hands plans back parsed.
 * Parsing is the adapter's job ({@code parser}: YAML text and a source name to a plan, throwing
 * with file, line and column on a mistake).
 */
public final class DrillPlanLibrary {
    private final DrillPlanRepository repository;
    private final BiFunction<String, String, DrillPlan> parser;
    private final EvidenceLog evidence;
    private final Clock clock;
    private final Authorizer access;

    /** For tools and tests that run without roles. */
    public DrillPlanLibrary(DrillPlanRepository repository, BiFunction<String, String, DrillPlan> parser,
                            EvidenceLog evidence, Clock clock) {
        this(repository, parser, evidence, clock, Authorizer.UNRESTRICTED);
    }

    /** @param access saving and deleting plans needs {@link Action#EDIT_DRILL_PLANS} */
    public DrillPlanLibrary(DrillPlanRepository repository, BiFunction<String, String, DrillPlan> parser,
                            EvidenceLog evidence, Clock clock, Authorizer access) {
        this.repository = repository;
        this.parser = parser;
        this.evidence = evidence;
        this.clock = clock;
        this.access = access;
    }

    /** Parses {@code yaml} (errors name {@code source}), then stores it under the plan's name. */
    public DrillPlan save(String yaml, String source, String who) {
        access.require(who, Action.EDIT_DRILL_PLANS);
        DrillPlan plan = parser.apply(yaml, source);
        boolean existed = repository.find(plan.name()).isPresent();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("system", plan.system());
        payload.put("environment", plan.environment());
        payload.put("source", source);
        payload.put("change", existed ? "replaced" : "added");
        payload.put("sha256", sha256(yaml));
        evidence.commit(() -> repository.save(new StoredDrillPlan(plan.name(), plan.systemEnv(), yaml, clock.instant(), who)),
                EvidenceLog.Entry.of("drill-plan.saved", plan.name(), payload));
        return plan;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    public boolean delete(String name, String who) {
        access.require(who, Action.EDIT_DRILL_PLANS);
        return evidence.commit(() -> repository.delete(name),
                deleted -> deleted ? EvidenceLog.Entry.of("drill-plan.deleted", name, Map.of("by", who)) : null);
    }

    public Optional<StoredDrillPlan> stored(String name) {
        return repository.find(name);
    }

    public Optional<DrillPlan> plan(String name) {
        return repository.find(name).map(p -> parser.apply(p.yaml(), "workspace plan '" + name + "'"));
    }

    public List<StoredDrillPlan> all() {
        return repository.all();
    }

    public List<StoredDrillPlan> forTarget(SystemEnv target) {
        return repository.forTarget(target);
    }
}
