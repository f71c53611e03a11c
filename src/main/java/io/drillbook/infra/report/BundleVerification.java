package io.drillbook.infra.report;

import java.util.List;

/**
 * What checking a bundle found.
 *
 * @param problems each names the file or event that does not match; empty when the bundle is intact
 */
public record BundleVerification(int filesChecked, long eventsChecked, String lastHash, List<String> problems) {
    public BundleVerification {
        problems = List.copyOf(problems);
    }

    public boolean isIntact() {
        return problems.isEmpty();
    }

    public String describe() {
        return isIntact()
                ? "OK: " + filesChecked + " files match the manifest, " + eventsChecked + " events chain up to " + lastHash
                : "MISMATCH: " + String.join("; ", problems);
    }
}
