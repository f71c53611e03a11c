package io.drillbook.app.platform;

/**
 * One feature's wiring: built from the platform and the modules it needs, it owns the background
 * work it starts (watchers, schedules, change feeds). The root starts modules in the order it built
 * them and closes them in reverse.
 */
public interface FeatureModule extends AutoCloseable {
    /** Starts the module's own background work, if any. */
    default void start() {
    }

    /** Stops what {@link #start()} and later calls started; never throws. */
    @Override
    default void close() {
    }
}
