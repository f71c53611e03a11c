package io.drillbook.core.drill;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What each drill run must clean up, remembered from its start until its cleanup has passed, so a
 * run cut off by a crash (or a failed target kept for investigation) can be cleaned up later.
 */
public interface DrillLeftoverStore {
    /** For runners that keep nothing (tests of other things). */
    DrillLeftoverStore NONE = new DrillLeftoverStore() {
        @Override
        public void remember(String runId, CleanupPlan plan) {
        }

        @Override
        public void keepUntil(String runId, Instant until) {
        }

        @Override
        public void cleaned(String runId, Instant at) {
        }

        @Override
        public Optional<CleanupPlan> plan(String runId) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> keptUntil(String runId) {
            return Optional.empty();
        }

        @Override
        public List<String> uncleaned() {
            return List.of();
        }
    };

    /** Stored when the run starts, in the same commit as its start. */
    void remember(String runId, CleanupPlan plan);

    /** A failed run whose target is kept for investigation until then. */
    void keepUntil(String runId, Instant until);

    /** Every cleanup step passed: the run is no longer listed. */
    void cleaned(String runId, Instant at);

    Optional<CleanupPlan> plan(String runId);

    Optional<Instant> keptUntil(String runId);

    /** Runs remembered and not yet cleaned, oldest first (running ones included). */
    List<String> uncleaned();
}
