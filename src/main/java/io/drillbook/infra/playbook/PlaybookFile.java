package io.drillbook.infra.playbook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A playbook file exactly as people write it (see docs/playbooks.md). The records mirror the YAML
 * one to one so that Jackson can point at the line and column of a mistake; {@link PlaybookMapping}
 * checks what spans several entries and turns them into the core playbook and back.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"playbook", "description", "system", "environment", "parameters", "steps"})
record PlaybookFile(String playbook, String description, String system, String environment,
                    List<ParameterEntry> parameters, List<StepEntry> steps) {

    PlaybookFile {
        required(playbook, "playbook");
        required(system, "system");
        required(environment, "environment");
        required(steps, "steps");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("'steps' needs at least one step");
        }
    }

    static void required(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "type", "default", "allowed", "required", "secret"})
    record ParameterEntry(String name, String type, @JsonProperty("default") String defaultValue, List<String> allowed,
                          Boolean required, Boolean secret) {
        ParameterEntry {
            PlaybookFile.required(name, "name");
            PlaybookMapping.parameter(name, type, defaultValue, allowed, required, secret);
        }
    }

    /** Exactly one of run, storage, manual, approval, verify, wait, drill. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "run", "storage", "manual", "approval", "verify", "wait", "drill", "onFailure"})
    record StepEntry(String name, RunEntry run, StorageEntry storage, ManualEntry manual, ApprovalEntry approval,
                     VerifyEntry verify, @JsonProperty("wait") Duration pause, DrillEntry drill, OnFailureEntry onFailure) {
        StepEntry {
            required(name, "name");
            long kinds = Stream.of(run, storage, manual, approval, verify, pause, drill).filter(Objects::nonNull).count();
            if (kinds != 1) {
                throw new IllegalArgumentException("step '" + name + "' needs exactly one of run, storage, manual, "
                        + "approval, verify, wait, drill (found " + kinds + ")");
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"profile", "command", "expectExit", "expectOutput", "timeout"})
    record RunEntry(String profile, String command, Integer expectExit, String expectOutput, Duration timeout) {
        RunEntry {
            required(profile, "profile");
            required(command, "command");
            PlaybookMapping.regex(expectOutput);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"profile", "copy", "restore", "version", "to", "toBucket"})
    record StorageEntry(String profile, String copy, String restore, String version, String to, String toBucket) {
        StorageEntry {
            required(profile, "profile");
            required(to, "to");
            if ((copy == null) == (restore == null)) {
                throw new IllegalArgumentException("storage step needs exactly one of 'copy' and 'restore' (the object key)");
            }
            if (restore != null && toBucket != null) {
                throw new IllegalArgumentException("'toBucket' is for copy only; restore writes to a local path");
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"instructions", "confirmers"})
    record ManualEntry(String instructions, List<String> confirmers) {
        ManualEntry {
            required(instructions, "instructions");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"instructions", "approvers"})
    record ApprovalEntry(String instructions, List<String> approvers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"profile", "command", "url", "every", "limit", "expectOutput"})
    record VerifyEntry(String profile, String command, URI url, Duration every, Duration limit, String expectOutput) {
        VerifyEntry {
            if ((command == null) == (url == null)) {
                throw new IllegalArgumentException("verify step needs exactly one of 'command' and 'url'");
            }
            if (command != null) {
                required(profile, "profile");
            }
            PlaybookMapping.regex(expectOutput);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"plan", "parameters"})
    record DrillEntry(String plan, Map<String, String> parameters) {
        DrillEntry {
            required(plan, "plan");
        }
    }

    /** {@code stop}, {@code continue}, {@code goto: STEP}, with optional {@code retry} and {@code delay} first. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"retry", "delay", "then", "goto"})
    record OnFailureEntry(Integer retry, Duration delay, String then, @JsonProperty("goto") String gotoStep) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        OnFailureEntry(@JsonProperty("retry") Integer retry, @JsonProperty("delay") Duration delay,
                       @JsonProperty("then") String then, @JsonProperty("goto") String gotoStep) {
            this.retry = retry;
            this.delay = delay;
            this.then = then;
            this.gotoStep = gotoStep;
            PlaybookMapping.onFailure(this);
        }

        /** The short forms: {@code onFailure: stop} or {@code onFailure: continue}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static OnFailureEntry of(String then) {
            return new OnFailureEntry(null, null, then, null);
        }
    }
}
