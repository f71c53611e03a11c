package io.drillbook.core.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did (or, in a dry run, would do): the plan, and the systems and environments it
 * created because {@code --create} asked for them.
 */
public record ImportOutcome(WorkspacePlan plan, List<String> created, boolean dryRun) {
    public ImportOutcome {
        created = List.copyOf(created);
    }

    /** The lines to print: what was created, each change, the totals. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        created.forEach(c -> out.add((dryRun ? "would create " : "created ") + c));
        List<String> planLines = plan.lines();
        for (int i = 0; i < planLines.size(); i++) {
            boolean last = i == planLines.size() - 1;
            out.add(last && dryRun ? "dry run, nothing changed: would make " + planLines.get(i) : planLines.get(i));
        }
        return out;
    }
}
