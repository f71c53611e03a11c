package io.drillbook.core.work;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The background timers of the core (polling, refreshes, lock checks): one named daemon thread each. */
public final class Schedulers {
    private Schedulers() {
    }

    /** A single-thread scheduler on a daemon thread called {@code name}, so it never keeps the JVM alive. */
    public static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(daemonThreads(name));
    }

    /** A pool of {@code threads} daemon threads called {@code name}, for work that reads in parallel (never keeps the JVM alive). */
    public static java.util.concurrent.ExecutorService daemonPool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, daemonThreads(name));
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        return r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setName(name);
            t.setDaemon(true);
            return t;
        };
    }
}
