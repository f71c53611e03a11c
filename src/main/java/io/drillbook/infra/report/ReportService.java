package io.drillbook.infra.report;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.ports.EvidenceRepository;
import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.ChainSegment;
import io.drillbook.core.report.ReportBuilder;
import io.drillbook.core.report.ReportExporter;
import io.drillbook.core.report.ReportFormat;
import io.drillbook.core.report.ReportScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Builds a report for a scope and writes it in the format asked for; the CLI and the console call this. */
public final class ReportService implements ReportExporter {
    private static final Logger LOGGER = LoggerFactory.getLogger(ReportService.class);

    private final ReportBuilder builder;
    private final EvidenceRepository evidence;
    private final Clock clock;
    private final Supplier<String> operator;
    private final Supplier<BundleProvenance> provenance;

    /** Bundles from this service carry an unsigned head and no keys, and no full outputs. */
    public ReportService(ReportBuilder builder, EvidenceRepository evidence, Clock clock, Supplier<String> operator) {
        this(builder, evidence, clock, operator, () -> new BundleProvenance(java.util.Optional.empty(),
                evidence.head().map(e -> io.drillbook.core.evidence.ChainHead.unsigned(e.seq(), e.hash(), clock.instant()))
                        .orElseGet(() -> io.drillbook.core.evidence.ChainHead.unsigned(0,
                                io.drillbook.core.evidence.EvidenceHashing.GENESIS, clock.instant())), List.of()));
    }

    /** @param provenance the head, keys and outputs folder each bundle is built with */
    public ReportService(ReportBuilder builder, EvidenceRepository evidence, Clock clock, Supplier<String> operator,
                         Supplier<BundleProvenance> provenance) {
        this.builder = builder;
        this.evidence = evidence;
        this.clock = clock;
        this.operator = operator;
        this.provenance = provenance;
    }

    /** The bundle's bytes for a report and its chain segment. */
    public byte[] bundle(AuditReport report, ChainSegment segment) {
        return new BundleWriter(provenance.get()).write(report, segment);
    }

    public AuditReport build(ReportScope scope) {
        return builder.build(scope, clock.instant(), operator.get());
    }

    @Override
    public Path export(ReportScope scope, ReportFormat format, Path out) {
        long started = System.nanoTime();
        AuditReport report = build(scope);
        try {
            createParent(out);
            switch (format) {
                case PDF -> Files.write(out, new PdfReportWriter().write(report));
                case JSON -> Files.write(out, new JsonReportWriter().write(report));
                case HTML -> Files.write(out, new HtmlReportWriter().write(report));
                case CSV -> new CsvReportWriter().write(report, out);
                case BUNDLE -> Files.write(out, bundle(report, segmentOf(report)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out, e);
        }
        LOGGER.info("Wrote {} report {} for {} in {} ms", format, out, scope.period(), (System.nanoTime() - started) / 1_000_000);
        return out;
    }

    /** The contiguous chain segment holding every event of the report's period. */
    public ChainSegment segmentOf(AuditReport report) {
        return segment(report.cover().firstSeq(), report.cover().lastSeq());
    }

    public ChainSegment segment(long firstSeq, long lastSeq) {
        if (firstSeq <= 0) {
            return ChainSegment.of(evidence.head().map(EvidenceEvent::hash).orElse(io.drillbook.core.evidence.EvidenceHashing.GENESIS), List.of());
        }
        List<EvidenceEvent> events = new ArrayList<>();
        evidence.forEachInOrder(firstSeq, lastSeq, events::add);
        return ChainSegment.of(events.isEmpty() ? "" : builder.anchorOf(events.get(0)), events);
    }

    private static void createParent(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
