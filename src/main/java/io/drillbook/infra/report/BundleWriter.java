package io.drillbook.infra.report;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.ChainSegment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The auditor's bundle: report.pdf, report.json, report.oscal.json, csv/*.csv, outputs/ (full command outputs the
 * events name in {@code fullOutputPath}, redacted, taken only from the workspace's own outputs
 * folder), chain/events.jsonl (the segment, one event per line), chain/segment.json, chain/head.json
 * (the live chain's head the bundle was built on, signed when the exporter holds a workspace key),
 * chain/keys.json (the workspace's public signing keys) and MANIFEST.sha256 in sha256sum format.
 * Same input, same bytes.
 */
public final class BundleWriter {
    public static final String MANIFEST = "MANIFEST.sha256";
    public static final String EVENTS = "chain/events.jsonl";
    public static final String SEGMENT = "chain/segment.json";
    public static final String HEAD = "chain/head.json";
    public static final String KEYS = "chain/keys.json";

    private final BundleProvenance provenance;

    /** A bundle with the given head and keys, taking full outputs only from under {@code provenance.outputsRoot()}. */
    public BundleWriter(BundleProvenance provenance) {
        this.provenance = provenance;
    }

    public byte[] write(AuditReport report, ChainSegment segment) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("report.pdf", new PdfReportWriter().write(report));
        files.put("report.json", new JsonReportWriter().write(report));
        files.put("report.oscal.json", new OscalReportWriter().write(report));
        new CsvReportWriter().files(report).forEach((name, bytes) -> files.put("csv/" + name, bytes));
        provenance.outputsRoot().ifPresent(root -> files.putAll(new BundleOutputs(root).of(segment)));
        files.put(EVENTS, eventLines(segment));
        files.put(SEGMENT, segmentFacts(segment));
        files.put(HEAD, provenance.head().toJson().getBytes(StandardCharsets.UTF_8));
        files.put(KEYS, BundleKeys.json(provenance.keys()));
        files.put(MANIFEST, manifest(files));
        return DeterministicZip.of(files);
    }

    public Path write(AuditReport report, ChainSegment segment, Path out) throws IOException {
        io.drillbook.core.evidence.OwnerOnlyFiles.write(out, write(report, segment));
        return out;
    }

    static byte[] eventLines(ChainSegment segment) {
        StringBuilder lines = new StringBuilder();
        for (EvidenceEvent e : segment.events()) {
            lines.append(ExportRedaction.redact(CanonicalJson.write(e))).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] segmentFacts(ChainSegment s) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("firstSeq", s.firstSeq());
        facts.put("lastSeq", s.lastSeq());
        facts.put("anchorHash", s.anchorHash());
        facts.put("lastHash", s.lastHash());
        facts.put("events", s.events().size());
        return (CanonicalJson.write(facts) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] manifest(SortedMap<String, byte[]> files) {
        StringBuilder manifest = new StringBuilder();
        files.forEach((name, bytes) -> manifest.append(EvidenceHashing.sha256Hex(bytes)).append("  ").append(name).append('\n'));
        return manifest.toString().getBytes(StandardCharsets.UTF_8);
    }
}
