package io.drillbook.ui.playbook;

import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.playbook.DryRunReport;

/** A dry run as the start form shows it: every rendered step, every connection check, the verdict. */
final class DryRunText {
    private DryRunText() {
    }

    static String of(DryRunReport report) {
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (DryRunReport.Line l : report.steps()) {
            out.append(n++).append(". ").append(l.step()).append(" [").append(l.kind()).append("]\n   ")
                    .append(l.rendered().replace("\n", "\n   ")).append('\n');
            if (l.problem() != null) {
                out.append("   PROBLEM: ").append(l.problem()).append('\n');
            }
        }
        for (ConnectionTest c : report.connections()) {
            out.append("connection ").append(c.profile()).append(": ").append(connection(c)).append('\n');
        }
        out.append(report.ok() ? "Dry run OK: nothing ran." : "Dry run found " + report.problems().size() + " problem(s):");
        report.problems().forEach(p -> out.append("\n  - ").append(p));
        return out.toString();
    }

    private static String connection(ConnectionTest c) {
        if (!c.ok()) {
            return "FAILED at " + c.stage() + ": " + c.problem();
        }
        return "ok" + (c.hostKeyFingerprint() == null ? "" : ", host key " + c.hostKeyType() + " " + c.hostKeyFingerprint());
    }
}
