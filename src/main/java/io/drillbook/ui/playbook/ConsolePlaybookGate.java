package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.GateAnswer;
import io.drillbook.core.playbook.PlaybookGate;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.core.work.CancellationToken;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * The console's gate: hands each question to the screen and blocks the run's background thread
 * until someone answers there, or the run is aborted (answered no).
 */
final class ConsolePlaybookGate implements PlaybookGate {
    private final Consumer<GateQuestion> ask;

    /** @param ask called on the run's thread; must hand the question to the UI thread and return */
    ConsolePlaybookGate(Consumer<GateQuestion> ask) {
        this.ask = ask;
    }

    @Override
    public GateAnswer confirm(String runId, PlaybookStep step, StepAction.Manual manual, CancellationToken cancel) {
        return await(new GateQuestion(step.name(), false, manual.instructions(), manual.confirmers(), new CompletableFuture<>()), cancel);
    }

    @Override
    public GateAnswer approve(String runId, PlaybookStep step, StepAction.Approval approval, CancellationToken cancel) {
        return await(new GateQuestion(step.name(), true, approval.instructions(), approval.approvers(), new CompletableFuture<>()), cancel);
    }

    private GateAnswer await(GateQuestion question, CancellationToken cancel) {
        cancel.onCancel(() -> question.answer().complete(GateAnswer.no("nobody", "the run was aborted while waiting")));
        ask.accept(question);
        try {
            return question.answer().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GateAnswer.no("nobody", "interrupted while waiting");
        } catch (ExecutionException e) {
            return GateAnswer.no("nobody", "no answer: " + e.getCause().getMessage());
        }
    }
}
