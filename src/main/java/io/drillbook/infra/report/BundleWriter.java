package io.drillbook.infra.report;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.ChainSegment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * events name in {@code fullOutputPath}, redacted), chain/events.jsonl (the segment, one event per
 * line), chain/segment.json and MANIFEST.sha256 in sha256sum format. Same input, same bytes.
 */
public final class BundleWriter {
    public static final String MANIFEST = "MANIFEST.sha256";
    public static final String EVENTS = "chain/events.jsonl";
    public static final String SEGMENT = "chain/segment.json";
    private static final Logger LOGGER = LoggerFactory.getLogger(BundleWriter.class);

    public byte[] write(AuditReport report, ChainSegment segment) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("report.pdf", new PdfReportWriter().write(report));
        files.put("report.json", new JsonReportWriter().write(report));
        files.put("report.oscal.json", new OscalReportWriter().write(report));
        new CsvReportWriter().files(report).forEach((name, bytes) -> files.put("csv/" + name, bytes));
        files.putAll(fullOutputs(segment));
        files.put(EVENTS, eventLines(segment));
        files.put(SEGMENT, segmentFacts(segment));
        files.put(MANIFEST, manifest(files));
        return DeterministicZip.of(files);
    }

    public Path write(AuditReport report, ChainSegment segment, Path out) throws IOException {
        Files.write(out, write(report, segment));
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

    private static SortedMap<String, byte[]> fullOutputs(ChainSegment segment) {
        SortedMap<String, byte[]> outputs = new TreeMap<>();
        for (EvidenceEvent e : segment.events()) {
            if (!e.payload().contains("\"fullOutputPath\"")) {
                continue;
            }
            Object path = CanonicalJson.readMap(e.payload()).get("fullOutputPath");
            if (path instanceof String p && !p.isBlank()) {
                addOutput(outputs, e.seq(), Path.of(p));
            }
        }
        return outputs;
    }

    private static void addOutput(SortedMap<String, byte[]> outputs, long seq, Path file) {
        try {
            String text = Redaction.redact(Files.readString(file, StandardCharsets.UTF_8));
            outputs.put("outputs/" + seq + "-" + file.getFileName(), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("Full output of event {} is not readable and left out of the bundle: {}", seq, e.getClass().getSimpleName());
        }
    }

    static byte[] manifest(SortedMap<String, byte[]> files) {
        StringBuilder manifest = new StringBuilder();
        files.forEach((name, bytes) -> manifest.append(EvidenceHashing.sha256Hex(bytes)).append("  ").append(name).append('\n'));
        return manifest.toString().getBytes(StandardCharsets.UTF_8);
    }
}
