package io.drillbook.core.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Checks the live chain or an exported bundle, and the anchors its head was written to. */
public interface EvidenceVerifier {
    /**
     * What one check found.
     *
     * @param intact   the chain (or bundle) itself holds
     * @param describe what was checked, or why it broke
     * @param problems each problem of a broken bundle
     * @param anchors  each anchor's check (only when intact)
     */
    record Verdict(boolean intact, String describe, List<String> problems, List<AnchorResult> anchors) {
        public Verdict {
            problems = List.copyOf(problems);
            anchors = List.copyOf(anchors);
        }
    }

    /** The live chain in the store, then each of {@code anchors} ({@code storage}: the profile for s3:// anchors). */
    Verdict verifyLive(List<String> anchors, String storage);

    /** An exported bundle on its own, then each of {@code anchors}. */
    Verdict verifyBundle(Path bundle, List<String> anchors, String storage) throws IOException;
}
