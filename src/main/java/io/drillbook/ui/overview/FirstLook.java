package io.drillbook.ui.overview;

import io.drillbook.core.overview.Attention;
import io.drillbook.core.overview.QuarterTrend;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The overview's first answers, asked for before its screen exists: the console starts them as soon
 * as its store is open (and runs a crash cut off are marked interrupted), while the window is still
 * being built, so the overview's first frame can already show them. They are used once; every later
 * load of the screen asks again.
 */
public record FirstLook(Future<Attention> attention, Future<QuarterTrend> trend) {

    /** The answer of {@code future}, waiting for it (call it off the FX thread); throws what computing it threw. */
    static <T> T answer(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
