package io.drillbook.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Dialog;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Asks a person something in a dialog on the JavaFX thread while the calling background thread
 * waits for the answer. Refuses to run on the JavaFX thread itself, where waiting would freeze
 * the console.
 */
final class FxAnswer {
    private FxAnswer() {
    }

    /**
     * Shows the dialog {@code build} makes, converts its result with {@code answer} and returns it;
     * {@code fallback} when the dialog could not be shown or the wait was interrupted.
     */
    static <R, T> T ask(Supplier<Dialog<R>> build, Function<Optional<R>, T> answer, T fallback) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a dialog that blocks until answered must be asked from a background thread");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        FxTaskRunner.onFxThread(() -> show(build, answer, result));
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } catch (ExecutionException e) {
            return fallback;
        }
    }

    private static <R, T> void show(Supplier<Dialog<R>> build, Function<Optional<R>, T> answer, CompletableFuture<T> result) {
        try {
            Dialog<R> dialog = build.get();
            dialog.setOnHidden(e -> result.complete(answer.apply(Optional.ofNullable(dialog.getResult()))));
            dialog.show();
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }
}
