package io.drillbook.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A piece of blocking work and what to do with its outcome on the JavaFX thread:
 * {@code BackgroundTask.of(() -> service.load()).onSuccess(view::show).onFailure(view::showError).runWith(runner)}.
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private Consumer<? super T> onSuccess = v -> { };
    private Consumer<? super Throwable> onFailure = e -> { };
    private String title = "";

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> titled(String value) {
        this.title = value;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> consumer) {
        this.onSuccess = consumer;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> consumer) {
        this.onFailure = consumer;
        return this;
    }

    public void runWith(TaskRunner runner) {
        runner.run(this);
    }

    Callable<T> work() {
        return work;
    }

    Consumer<? super T> successHandler() {
        return onSuccess;
    }

    Consumer<? super Throwable> failureHandler() {
        return onFailure;
    }

    public String title() {
        return title;
    }
}
