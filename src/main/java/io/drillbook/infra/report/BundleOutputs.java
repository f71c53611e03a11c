package io.drillbook.infra.report;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.report.ChainSegment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The full command outputs a bundle carries: files the segment's events name in
 * {@code fullOutputPath}, but only regular files whose real path lies under the workspace's own
 * outputs folder (an event naming {@code ~/.pgpass} or a symbolic link out of the folder is left
 * out and logged), at most {@link BundleLimits#MAX_OUTPUT_BYTES} each, redacted.
 */
final class BundleOutputs {
    private static final Logger LOGGER = LoggerFactory.getLogger(BundleOutputs.class);

    private final Path root;

    BundleOutputs(Path root) {
        this.root = root;
    }

    SortedMap<String, byte[]> of(ChainSegment segment) {
        SortedMap<String, byte[]> outputs = new TreeMap<>();
        Path realRoot = realRoot();
        if (realRoot == null) {
            return outputs;
        }
        for (EvidenceEvent e : segment.events()) {
            if (!e.payload().contains("\"fullOutputPath\"")) {
                continue;
            }
            Object path = CanonicalJson.readMap(e.payload()).get("fullOutputPath");
            if (path instanceof String p && !p.isBlank()) {
                add(outputs, realRoot, e.seq(), p);
            }
        }
        return outputs;
    }

    private Path realRoot() {
        try {
            return Files.isDirectory(root) ? root.toRealPath() : null;
        } catch (IOException e) {
            LOGGER.warn("The outputs folder {} cannot be read; the bundle holds no full outputs", root);
            return null;
        }
    }

    private static void add(SortedMap<String, byte[]> outputs, Path realRoot, long seq, String named) {
        try {
            Path file = Path.of(named).toRealPath();
            if (!file.startsWith(realRoot) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                LOGGER.warn("Event {} names {} as its full output, which is not a file in the outputs folder {}: left out of the bundle",
                        seq, named, realRoot);
                return;
            }
            if (Files.size(file) > BundleLimits.MAX_OUTPUT_BYTES) {
                LOGGER.warn("Full output of event {} is larger than {} and left out of the bundle", seq,
                        BundleLimits.size(BundleLimits.MAX_OUTPUT_BYTES));
                return;
            }
            String text = Redaction.redact(Files.readString(file, StandardCharsets.UTF_8));
            outputs.put("outputs/" + seq + "-" + BundleEntryNames.safeFileName(file.getFileName().toString()),
                    text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("Full output of event {} is not readable and left out of the bundle: {}", seq, e.getClass().getSimpleName());
        }
    }
}
