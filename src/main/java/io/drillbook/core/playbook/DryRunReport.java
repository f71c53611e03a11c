package io.drillbook.core.playbook;

import io.drillbook.core.connect.ConnectionTest;

import java.util.List;

/**
 * What a dry run found without running anything: every step rendered with its parameters, every
 * connection tested (host key and authentication), and the problems that would stop a real run.
 */
public record DryRunReport(String playbook, List<Line> steps, List<ConnectionTest> connections, List<String> problems) {
    public DryRunReport {
        steps = List.copyOf(steps);
        connections = List.copyOf(connections);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** One step as it would run; {@code problem} is null when it can run. */
    public record Line(String step, String kind, String rendered, String problem) {
    }
}
