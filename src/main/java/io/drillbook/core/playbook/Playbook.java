package io.drillbook.core.playbook;

import io.drillbook.core.model.SystemEnv;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A rollback playbook: ordered steps an incident commander follows for one system in one
 * environment, with the parameters it asks for. Step names are unique; every {@code goto} names a step.
 */
public record Playbook(String name, String description, String system, String environment,
                       List<PlaybookParameter> parameters, List<PlaybookStep> steps) {

    public Playbook {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("playbook needs a name");
        }
        description = description == null ? "" : description;
        new SystemEnv(system, environment);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("playbook '" + name + "' needs at least one step");
        }
        requireUnique(steps.stream().map(PlaybookStep::name).toList(), "step");
        requireUnique(parameters.stream().map(PlaybookParameter::name).toList(), "parameter");
        Set<String> names = new HashSet<>(steps.stream().map(PlaybookStep::name).toList());
        for (PlaybookStep s : steps) {
            String target = s.onFailure().gotoStep();
            if (target != null && !names.contains(target)) {
                throw new IllegalArgumentException("step '" + s.name() + "': goto names unknown step '" + target + "'");
            }
        }
    }

    public SystemEnv systemEnv() {
        return new SystemEnv(system, environment);
    }

    public OptionalInt indexOf(String stepName) {
        return IntStream.range(0, steps.size()).filter(i -> steps.get(i).name().equals(stepName)).findFirst();
    }

    /**
     * The values for a run: given values checked against their parameter, defaults filled in.
     * Throws naming every unknown name, missing required value or value not allowed.
     */
    public Map<String, String> resolve(Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (PlaybookParameter p : parameters) {
            known.add(p.name());
            String value = given.getOrDefault(p.name(), p.defaultValue());
            if (value == null && p.required()) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' is required (give --param "
                        + p.name() + "=VALUE)");
            }
            if (value != null) {
                out.put(p.name(), p.check(value));
            }
        }
        given.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("unknown parameter '" + k + "' (known: " + known.stream().sorted().toList() + ")");
        });
        return out;
    }

    private static void requireUnique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException("duplicate " + what + " name '" + n + "'");
            }
        }
    }
}
