package io.drillbook.bench;

/**
 * One benchmark of the harness. It measures Drillbook and, in the same run, a baseline doing the
 * same job another way, and reports both through {@link BenchReport}.
 */
public interface Benchmark {

    /** Short name used on the command line, e.g. {@code cold-start}. */
    String name();

    /** One line saying what is measured against what. */
    String description();

    void run(BenchReport report) throws Exception;
}
