package io.drillbook.infra.drill;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import io.drillbook.core.connect.NamingRule;
import io.drillbook.core.drill.DrillCheck;
import io.drillbook.core.drill.DrillStep;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A drill plan file exactly as people write it (see docs/drill-plans.md). The records mirror the
 * YAML one to one so that Jackson can point at the line and column of any mistake;
 * {@link DrillPlanMapping} turns them into the core plan and back.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"drill", "system", "environment", "target", "backup", "parameters", "keepFullOutput",
        "keepFailedTarget", "steps", "checks", "cleanup"})
record DrillPlanFile(String drill, String system, String environment, String target, BackupEntry backup,
                     Map<String, String> parameters, Boolean keepFullOutput, Duration keepFailedTarget, List<StepEntry> steps,
                     List<CheckEntry> checks, List<StepEntry> cleanup) {

    DrillPlanFile {
        required(drill, "drill");
        required(system, "system");
        required(environment, "environment");
        required(target, "target");
        required(backup, "backup");
        required(steps, "steps");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("'steps' needs at least one step");
        }
        if (cleanup != null && cleanup.stream().anyMatch(s -> s.manual() != null)) {
            throw new IllegalArgumentException("cleanup steps cannot be manual");
        }
    }

    static void required(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
    }

    /**
     * {@code from}: inventory (default) or s3 (with {@code storage}, optional {@code prefix} and
     * {@code naming}); {@code pick}: latest, latestVerified, id (with {@code id}), randomWithinDays
     * (with {@code days}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"from", "storage", "prefix", "naming", "pick", "id", "days"})
    record BackupEntry(SourceEntry from, String storage, String prefix, NamingEntry naming, String pick, String id,
                       Integer days) {
        BackupEntry {
            required(pick, "pick");
            DrillPlanMapping.origin(from, storage, prefix, naming);
            DrillPlanMapping.selection(pick, id, days);
        }
    }

    /** {@code backup.from}, checked on its own so that a mistake points at its line. */
    record SourceEntry(@JsonValue String name) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        SourceEntry {
            if (!DrillPlanMapping.FROM_INVENTORY.equals(name) && !DrillPlanMapping.FROM_S3.equals(name)) {
                throw new IllegalArgumentException("unknown backup source 'from: " + name + "' (known: "
                        + DrillPlanMapping.FROM_INVENTORY + ", " + DrillPlanMapping.FROM_S3 + ")");
            }
        }
    }

    /** {@code backup.naming}, a naming rule checked on its own so that a mistake points at its line. */
    record NamingEntry(@JsonValue String pattern) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        NamingEntry {
            new NamingRule(pattern);
        }
    }

    /** A step or cleanup step: {@code run} or {@code manual}; cleanup steps may omit the name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "run", "manual", "timeout"})
    record StepEntry(String name, String run, String manual, Duration timeout) {
        StepEntry {
            new DrillStep(name == null ? "cleanup" : name, run, manual, timeout);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "run", "timeout", "expect"})
    record CheckEntry(String name, String run, Duration timeout, ExpectEntry expect) {
        CheckEntry {
            required(name, "name");
            required(run, "run");
            required(expect, "expect");
            new DrillCheck(name, run, DrillPlanMapping.expectation(expect), timeout);
        }
    }

    /** Exactly one of the fields is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"equals", "matches", "atLeast", "atMost", "checksumEquals"})
    record ExpectEntry(String equals, String matches, BigDecimal atLeast, BigDecimal atMost, String checksumEquals) {
        ExpectEntry {
            long set = Stream.of(equals, matches, atLeast, atMost, checksumEquals)
                    .filter(Objects::nonNull).count();
            if (set != 1) {
                throw new IllegalArgumentException("'expect' needs exactly one of equals, matches, atLeast, atMost, "
                        + "checksumEquals (found " + set + ")");
            }
            DrillPlanMapping.expectation(equals, matches, atLeast, atMost, checksumEquals);
        }
    }
}
