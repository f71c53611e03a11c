package io.drillbook.ui.drill;

import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.ManualConfirmation;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.work.CancellationToken;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Holds the run's thread at a manual step until the person clicks Done ({@link #confirm}) or the
 * run is cancelled. {@code waiting} hears the step (or null when it no longer waits) on the caller's thread.
 */
final class WizardManualGate implements ManualStepGate {
    private final Clock clock;
    private final Consumer<DrillStep> waiting;
    private volatile CompletableFuture<String> answer = new CompletableFuture<>();

    WizardManualGate(Clock clock, Consumer<DrillStep> waiting) {
        this.clock = clock;
        this.waiting = waiting;
    }

    @Override
    public ManualConfirmation await(String runId, DrillStep step, CancellationToken cancel) {
        CompletableFuture<String> pending = new CompletableFuture<>();
        answer = pending;
        cancel.onCancel(() -> pending.completeExceptionally(new CancellationToken.CancelledException()));
        waiting.accept(step);
        try {
            return ManualConfirmation.done(pending.get(), clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationToken.CancelledException();
        } catch (ExecutionException e) {
            throw new CancellationToken.CancelledException();
        } finally {
            waiting.accept(null);
        }
    }

    /** The person did the step. */
    void confirm(String who) {
        answer.complete(who);
    }
}
