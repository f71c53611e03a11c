package io.drillbook.infra.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.ChainVerifier;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Checks a bundle on its own: every manifest entry against its file, no unlisted files, and the
 * chain segment from its anchor hash to its last hash. Names every file or event that does not match.
 */
public final class BundleVerifier {

    /** @throws IOException when the file is not a readable zip */
    public BundleVerification verify(Path bundle) throws IOException {
        SortedMap<String, byte[]> files = read(bundle);
        List<String> problems = new ArrayList<>();
        byte[] manifest = files.get(BundleWriter.MANIFEST);
        if (manifest == null) {
            throw new IOException(bundle + " is not a Drillbook bundle: it holds no " + BundleWriter.MANIFEST);
        }
        int checked = checkManifest(new String(manifest, StandardCharsets.UTF_8), files, problems);
        ChainVerification chain = checkChain(files, problems);
        problems.addAll(new BundleHeadCheck(files).problems(chain));
        if (problems.isEmpty()) {
            new ReportContentCheck().check(files).ifPresent(problems::add);
        }
        return new BundleVerification(checked, chain.checked(), chain.headHash(), problems);
    }

    /** Every entry, read by {@link SafeBundleReader} (caps, names, duplicates). */
    private static SortedMap<String, byte[]> read(Path bundle) throws IOException {
        return new SafeBundleReader().read(bundle);
    }

    private static int checkManifest(String manifest, SortedMap<String, byte[]> files, List<String> problems) {
        TreeSet<String> unlisted = new TreeSet<>(files.keySet());
        unlisted.remove(BundleWriter.MANIFEST);
        String[] lines = manifest.split("\n");
        int checked = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (!line.matches("[0-9a-f]{64}  .+")) {
                problems.add(BundleWriter.MANIFEST + " line " + (i + 1) + " is not '<sha256>  <file>'");
                continue;
            }
            String name = line.substring(66);
            unlisted.remove(name);
            byte[] content = files.get(name);
            if (content == null) {
                problems.add("file " + name + " is listed in the manifest but missing from the bundle");
            } else if (!EvidenceHashing.sha256Hex(content).equals(line.substring(0, 64))) {
                problems.add("file " + name + " does not match its SHA-256 in the manifest");
            } else {
                checked++;
            }
        }
        unlisted.forEach(name -> problems.add("file " + name + " is in the bundle but not in the manifest"));
        return checked;
    }

    private static ChainVerification checkChain(SortedMap<String, byte[]> files, List<String> problems) {
        byte[] segmentBytes = files.get(BundleWriter.SEGMENT);
        byte[] events = files.get(BundleWriter.EVENTS);
        if (segmentBytes == null || events == null) {
            problems.add("the bundle holds no chain segment (" + BundleWriter.SEGMENT + ", " + BundleWriter.EVENTS + ")");
            return ChainVerification.broken(0, "", 0, "no chain");
        }
        JsonNode segment = CanonicalJson.read(new String(segmentBytes, StandardCharsets.UTF_8));
        ChainVerifier verifier = new ChainVerifier(segment.path("firstSeq").asLong(), segment.path("anchorHash").asText());
        String[] lines = new String(events, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !acceptLine(verifier, lines[i], i + 1, problems)) {
                return verifier.result();
            }
        }
        ChainVerification result = verifier.result();
        if (!result.headHash().equals(segment.path("lastHash").asText()) || result.checked() != segment.path("events").asLong()) {
            problems.add(BundleWriter.EVENTS + " ends at hash " + result.headHash() + " after " + result.checked()
                    + " events, but " + BundleWriter.SEGMENT + " says " + segment.path("events").asLong()
                    + " events ending at " + segment.path("lastHash").asText() + ": events are missing");
        }
        return result;
    }

    private static boolean acceptLine(ChainVerifier verifier, String line, int lineNo, List<String> problems) {
        EvidenceEvent event;
        try {
            event = CanonicalJson.mapper().readValue(line, EvidenceEvent.class);
        } catch (IOException | RuntimeException e) {
            problems.add(BundleWriter.EVENTS + " line " + lineNo + " is not an evidence event: " + e.getClass().getSimpleName());
            return false;
        }
        if (!verifier.accept(event)) {
            problems.add(BundleWriter.EVENTS + " line " + lineNo + ": " + verifier.result().problem());
            return false;
        }
        return true;
    }
}
