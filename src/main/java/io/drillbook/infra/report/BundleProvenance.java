package io.drillbook.infra.report;

import io.drillbook.core.evidence.ChainHead;
import io.drillbook.core.evidence.PublicSigningKey;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a bundle carries beside the report: the live chain's head it was built on (signed when the
 * exporter holds a workspace key), the workspace's public signing keys, and the one folder full
 * command outputs may be taken from.
 *
 * @param outputsRoot the workspace's own outputs folder; empty: the bundle holds no full outputs
 */
public record BundleProvenance(Optional<Path> outputsRoot, ChainHead head, List<PublicSigningKey> keys) {
    public BundleProvenance {
        keys = List.copyOf(keys);
    }
}
