package io.drillbook.infra.playbook;

import com.fasterxml.jackson.core.JsonPointer;
import io.drillbook.infra.playbook.PlaybookFile.ParameterEntry;
import io.drillbook.infra.playbook.PlaybookFile.StepEntry;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that span several entries of a playbook file, each pointing at the entry that is wrong:
 * duplicate step or parameter names and {@code goto} to a step that does not exist.
 */
final class PlaybookChecks {
    private PlaybookChecks() {
    }

    /** A problem and where it is in the file. */
    record Problem(JsonPointer at, String message) {
    }

    static Optional<Problem> firstProblem(PlaybookFile f) {
        List<ParameterEntry> parameters = f.parameters() == null ? List.of() : f.parameters();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (!seen.add(parameters.get(i).name())) {
                return problem("/parameters/" + i + "/name", "duplicate parameter name '" + parameters.get(i).name() + "'");
            }
        }
        Set<String> steps = new HashSet<>();
        for (int i = 0; i < f.steps().size(); i++) {
            if (!steps.add(f.steps().get(i).name())) {
                return problem("/steps/" + i + "/name", "duplicate step name '" + f.steps().get(i).name() + "'");
            }
        }
        for (int i = 0; i < f.steps().size(); i++) {
            StepEntry s = f.steps().get(i);
            String target = s.onFailure() == null ? null : s.onFailure().gotoStep();
            if (target != null && !steps.contains(target)) {
                return problem("/steps/" + i + "/onFailure/goto", "step '" + s.name() + "': goto names unknown step '"
                        + target + "' (steps: " + f.steps().stream().map(StepEntry::name).toList() + ")");
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> problem(String pointer, String message) {
        return Optional.of(new Problem(JsonPointer.compile(pointer), message));
    }
}
