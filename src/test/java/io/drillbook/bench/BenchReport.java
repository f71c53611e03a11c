package io.drillbook.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints benchmark figures, each next to its baseline and the ratio between them. */
public final class BenchReport {
    private final PrintStream out;

    public BenchReport(PrintStream out) {
        this.out = out;
    }

    /** A figure with no baseline (e.g. a size or a rate with nothing to compare against). */
    public void figure(String what, double value, String unit) {
        out.printf(Locale.ROOT, "  %-58s %12.2f %s%n", what, value, unit);
    }

    /** A figure and its baseline, measured in the same run, with {@code ours / baseline}. */
    public void compare(String what, double ours, String baselineName, double baseline, String unit) {
        out.printf(Locale.ROOT, "  %-58s %12.2f %s | baseline (%s) %.2f %s | ratio %.3f%n",
                what, ours, unit, baselineName, baseline, unit, baseline == 0 ? Double.NaN : ours / baseline);
    }

    public void note(String text) {
        out.println("  # " + text);
    }
}
