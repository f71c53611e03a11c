package io.drillbook.ui.common;

/** Runs work and its callbacks on the calling thread: deterministic view-model tests. */
public final class CurrentThreadTaskRunner implements TaskRunner {
    @Override
    public <T> void run(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().call();
        } catch (Exception e) {
            task.failureHandler().accept(e);
            return;
        }
        task.successHandler().accept(result);
    }
}
