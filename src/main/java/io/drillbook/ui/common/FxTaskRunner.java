package io.drillbook.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs background work on a small pool of daemon threads and delivers results on the JavaFX
 * thread. {@link #runningProperty()} counts work under way, for the status bar's busy indicator.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setName("drillbook-work-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(BackgroundTask<T> task) {
        running.set(running.get() + 1);
        executor.execute(() -> {
            try {
                T result = task.work().call();
                Platform.runLater(() -> finish(() -> task.successHandler().accept(result)));
            } catch (Exception | Error e) {
                Log.LOGGER.warn("Background work '{}' failed", task.title(), e);
                Platform.runLater(() -> finish(() -> task.failureHandler().accept(e)));
            }
        });
    }

    /**
     * Runs {@code work} on a worker thread and hands back its future, with no JavaFX callback: for
     * work started before the JavaFX toolkit is up (the console opens its store while it starts).
     */
    public <T> java.util.concurrent.CompletableFuture<T> supply(java.util.concurrent.Callable<T> work) {
        java.util.concurrent.CompletableFuture<T> future = new java.util.concurrent.CompletableFuture<>();
        executor.execute(() -> {
            try {
                future.complete(work.call());
            } catch (Exception | Error e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    /** Runs {@code action} on the JavaFX thread. The only other door to it besides task results. */
    public static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private void finish(Runnable handler) {
        running.set(running.get() - 1);
        handler.run();
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Lets work under way finish (up to 2 s) without interrupting it: an interrupt during a read or
     * write of the embedded store closes H2's file channel, the store is then left unclean and the
     * next start spends seconds recovering it. Work still running after that is left to the store's
     * closing (the workers are daemon threads and do not keep the program alive).
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                Log.LOGGER.info("Background work still running at close: {} task(s)", running.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Created on first use, not when this class loads: the console's start must not wait for the
     * logging set-up, which runs meanwhile on the thread opening the store (docs/adr/0026-start-up.md).
     */
    private static final class Log {
        static final Logger LOGGER = LoggerFactory.getLogger(FxTaskRunner.class);
    }
}
