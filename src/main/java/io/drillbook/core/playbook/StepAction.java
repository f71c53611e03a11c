package io.drillbook.core.playbook;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What one playbook step does: exactly one of these kinds. */
public sealed interface StepAction {

    /** The word used for this kind in files and messages. */
    String kind();

    /**
     * A command on a connection profile; passes when its exit status is {@code expectExit} and, when
     * set, its standard output matches {@code expectOutput} (a regular expression, found anywhere).
     */
    record Run(String profile, String command, int expectExit, String expectOutput, Duration timeout) implements StepAction {
        public Run {
            requireText(profile, "run step needs a connection profile");
            requireText(command, "run step needs a command");
        }

        public String kind() {
            return "run";
        }
    }

    /** Storage actions on a storage profile. */
    enum StorageOperation { COPY, RESTORE }

    /**
     * COPY: server-side copy of {@code key} to {@code target} (a key, in {@code targetBucket} when set).
     * RESTORE: download {@code key} to {@code target}, a path on this machine, verified by the store.
     * With {@code version} (may hold variables), that version of the object instead of the current one.
     */
    record Storage(String profile, StorageOperation operation, String key, String version, String target, String targetBucket)
            implements StepAction {
        public Storage {
            requireText(profile, "storage step needs a storage profile");
            java.util.Objects.requireNonNull(operation, "storage step needs an operation (copy or restore)");
            requireText(key, "storage step needs a key");
            requireText(target, "storage step needs a target");
        }

        public String kind() {
            return "storage";
        }
    }

    /** Instructions a person follows; {@code confirmers} may confirm it (empty: anyone). */
    record Manual(String instructions, List<String> confirmers) implements StepAction {
        public Manual {
            requireText(instructions, "manual step needs instructions");
            confirmers = confirmers == null ? List.of() : List.copyOf(confirmers);
        }

        public String kind() {
            return "manual";
        }
    }

    /** A second person approves; never the person running the playbook. {@code approvers} empty: anyone else. */
    record Approval(String instructions, List<String> approvers) implements StepAction {
        public Approval {
            instructions = instructions == null ? "" : instructions;
            approvers = approvers == null ? List.of() : List.copyOf(approvers);
        }

        public String kind() {
            return "approval";
        }
    }

    /**
     * A health check polled every {@code every} until it passes or {@code limit} runs out: a command
     * on {@code profile} or an HTTP GET of {@code url} (2xx passes; {@code expectOutput} must match the body when set).
     */
    record Verify(String profile, String command, URI url, Duration every, Duration limit, String expectOutput)
            implements StepAction {
        public Verify {
            if ((command == null) == (url == null)) {
                throw new IllegalArgumentException("verify step needs exactly one of 'command' and 'url'");
            }
            if (command != null) {
                requireText(profile, "verify step with a command needs a connection profile");
            }
            every = every == null ? Duration.ofSeconds(5) : every;
            limit = limit == null ? Duration.ofMinutes(5) : limit;
            if (every.isNegative() || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("verify step needs a positive 'limit' and a non-negative 'every'");
            }
        }

        public String kind() {
            return "verify";
        }
    }

    /** Waits for {@code duration}. */
    record Wait(Duration duration) implements StepAction {
        public Wait {
            if (duration == null || duration.isNegative()) {
                throw new IllegalArgumentException("wait step needs a non-negative duration");
            }
        }

        public String kind() {
            return "wait";
        }
    }

    /** Runs drill plan {@code plan} as a nested run with its own evidence. */
    record Drill(String plan, Map<String, String> parameters) implements StepAction {
        public Drill {
            requireText(plan, "drill step needs a plan");
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }

        public String kind() {
            return "drill";
        }
    }

    private static void requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }
}
