package io.drillbook.cli;

import io.drillbook.core.playbook.GateAnswer;
import io.drillbook.core.playbook.PlaybookGate;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.core.work.CancellationToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The headless gate: steps named with {@code --confirm} are answered at once (manual steps by the
 * operator, approvals by the {@code --approver} names in order, the last one repeating); any other
 * step is asked on standard input. End of input answers no.
 */
final class PlaybookConsoleGate implements PlaybookGate {
    private final Set<String> confirmed;
    private final Iterator<String> approvers;
    private final String operator;
    private final BufferedReader in;
    private final PrintStream prompts;
    private String lastApprover;

    PlaybookConsoleGate(List<String> confirmed, List<String> approvers, String operator, BufferedReader in, PrintStream prompts) {
        this.confirmed = Set.copyOf(confirmed);
        this.approvers = List.copyOf(approvers).iterator();
        this.operator = operator;
        this.in = in;
        this.prompts = prompts;
    }

    @Override
    public GateAnswer confirm(String runId, PlaybookStep step, StepAction.Manual manual, CancellationToken cancel) {
        if (confirmed.contains(step.name())) {
            return GateAnswer.yes(operator);
        }
        prompts.printf("Manual step '%s': %s%nDone? [y/N] ", step.name(), manual.instructions());
        String answer = readLine();
        boolean yes = answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
        return yes ? GateAnswer.yes(operator) : GateAnswer.no(operator, answer == null ? "no answer on standard input" : "answered no");
    }

    @Override
    public GateAnswer approve(String runId, PlaybookStep step, StepAction.Approval approval, CancellationToken cancel) {
        if (confirmed.contains(step.name())) {
            lastApprover = approvers.hasNext() ? approvers.next() : lastApprover;
            if (lastApprover != null) {
                return GateAnswer.yes(lastApprover);
            }
        }
        prompts.printf("Approval '%s': %s%nApprover's name (empty refuses): ", step.name(), approval.instructions());
        String name = readLine();
        return name == null || name.isBlank() ? GateAnswer.no(operator, "nobody approved on standard input")
                : GateAnswer.yes(name.trim());
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer from standard input", e);
        }
    }
}
