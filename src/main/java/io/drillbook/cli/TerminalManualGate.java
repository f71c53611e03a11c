package io.drillbook.cli;

import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.ManualConfirmation;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.work.CancellationToken;

import java.io.Console;
import java.time.Clock;

/**
 * Asks the person at the terminal to do a manual step: shows its instructions and waits for
 * "done" (or "no REASON", or an empty line meaning done). The wait counts as the step's manual time.
 */
final class TerminalManualGate implements ManualStepGate {
    private final Console console;
    private final String who;
    private final Clock clock;

    TerminalManualGate(Console console, String who, Clock clock) {
        this.console = console;
        this.who = who;
        this.clock = clock;
    }

    @Override
    public ManualConfirmation await(String runId, DrillStep step, CancellationToken cancel) {
        console.printf("%nMANUAL STEP '%s' (drill %s):%n  %s%n", step.name(), runId, step.manual());
        while (true) {
            String answer = console.readLine("Type 'done' when it is done, or 'no REASON' if it cannot be done: ");
            if (answer == null) {
                return ManualConfirmation.notDone(who, clock.instant(), "no answer: the terminal was closed");
            }
            String a = answer.strip();
            if (a.isEmpty() || a.equalsIgnoreCase("done") || a.equalsIgnoreCase("y") || a.equalsIgnoreCase("yes")) {
                return ManualConfirmation.done(who, clock.instant());
            }
            if (a.toLowerCase(java.util.Locale.ROOT).startsWith("no")) {
                String reason = a.substring(2).strip();
                return ManualConfirmation.notDone(who, clock.instant(), reason.isEmpty() ? "not done" : reason);
            }
        }
    }
}
