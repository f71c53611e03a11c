package io.drillbook.core.work;

/** Where core work reports how far it has come. Implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    /**
     * @param done  units done so far
     * @param total units in all, or -1 when unknown
     */
    void progress(long done, long total, String message);
}
