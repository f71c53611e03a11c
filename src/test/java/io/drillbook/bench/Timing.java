package io.drillbook.bench;

import java.util.Arrays;
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

    /** Time of one call in ms. */
    public static double onceMillis(Callable<?> action) throws Exception {
        long start = System.nanoTime();
        action.call();
        return (System.nanoTime() - start) / 1e6;
    }
}
