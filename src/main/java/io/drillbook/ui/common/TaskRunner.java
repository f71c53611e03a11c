package io.drillbook.ui.common;

/**
 * The one door for background work in the console. {@link FxTaskRunner} runs work off the JavaFX
 * thread and hands results back to it; {@link CurrentThreadTaskRunner} runs everything at once, for
 * view-model tests.
 */
public interface TaskRunner {
    <T> void run(BackgroundTask<T> task);
}
