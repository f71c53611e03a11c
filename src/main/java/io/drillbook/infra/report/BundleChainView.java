package io.drillbook.infra.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.drillbook.core.evidence.AnchorCheck;
import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceCheckpoint;
import io.drillbook.core.evidence.PublicSigningKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bundle's chain as anchors are checked against it: the events of its segment (and the head it
 * was built on, when it carries one), with the public keys the bundle holds.
 */
public final class BundleChainView implements AnchorCheck.ChainView {
    private final Map<String, byte[]> files;
    private final long firstSeq;
    private final long lastSeq;

    private BundleChainView(Map<String, byte[]> files) {
        this.files = files;
        JsonNode segment = CanonicalJson.read(text(BundleWriter.SEGMENT));
        this.firstSeq = segment.path("firstSeq").asLong();
        this.lastSeq = segment.path("lastSeq").asLong();
    }

    /** Reads the bundle safely ({@link SafeBundleReader}); verify it with {@link BundleVerifier} first. */
    public static BundleChainView of(Path bundle) throws IOException {
        Map<String, byte[]> files = new SafeBundleReader().read(bundle);
        if (!files.containsKey(BundleWriter.SEGMENT) || !files.containsKey(BundleWriter.EVENTS)) {
            throw new IOException(bundle + " holds no chain segment");
        }
        return new BundleChainView(files);
    }

    public List<PublicSigningKey> keys() {
        return new BundleHeadCheck(files).keys();
    }

    @Override
    public long firstSeq() {
        return firstSeq;
    }

    @Override
    public long lastSeq() {
        return lastSeq;
    }

    @Override
    public Optional<String> hashAt(long seq) {
        if (seq < firstSeq || seq > lastSeq) {
            return Optional.empty();
        }
        for (String line : text(BundleWriter.EVENTS).split("\n")) {
            if (!line.isBlank()) {
                JsonNode event = CanonicalJson.read(line);
                if (event.path("seq").asLong() == seq) {
                    return Optional.of(event.path("hash").asText());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public List<EvidenceCheckpoint> checkpoints() {
        return List.of();
    }

    private String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }
}
