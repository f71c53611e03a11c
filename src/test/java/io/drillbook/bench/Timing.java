package io.drillbook.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** Wall-clock measurement helpers for benchmarks. */
public final class Timing {
    private Timing() {
    }

    /** Runs {@code action} {@code warmups} times unmeasured, then {@code runs} times; returns the median in ms. */
    public static double medianMillis(int warmups, int runs, Callable<?> action) throws Exception {
        for (int i = 0; i < warmups; i++) {
            action.call();
        }
        double[] samples = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.call();
            samples[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(samples);
        return runs % 2 == 1 ? samples[runs / 2] : (samples[runs / 2 - 1] + samples[runs / 2]) / 2;
    }

    /**
     * Like {@link #medianMillis} for several actions at once, taking turns (A, B, C, A, B, C, ...)
     * so that a machine whose load changes during the run weighs on all of them alike. Returns
     * each action's median in ms, in the order given.
     */
    public static double[] interleavedMedianMillis(int warmups, int runs, List<Callable<?>> actions) throws Exception {
        for (int i = 0; i < warmups; i++) {
            for (Callable<?> action : actions) {
                action.call();
            }
        }
        double[][] samples = new double[actions.size()][runs];
        for (int i = 0; i < runs; i++) {
            for (int a = 0; a < actions.size(); a++) {
                samples[a][i] = onceMillis(actions.get(a));
            }
        }
        double[] medians = new double[actions.size()];
        for (int a = 0; a < actions.size(); a++) {
            Arrays.sort(samples[a]);
            medians[a] = runs % 2 == 1 ? samples[a][runs / 2] : (samples[a][runs / 2 - 1] + samples[a][runs / 2]) / 2;
        }
        return medians;
    }

    /** Time of one call in ms. */
    public static double onceMillis(Callable<?> action) throws Exception {
        long start = System.nanoTime();
        action.call();
        return (System.nanoTime() - start) / 1e6;
    }
}
