package io.drillbook.infra.report;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceRepository;
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
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Builds a report for a scope and writes it in the format asked for; the CLI and the console call this. */
public final class ReportService implements ReportExporter {
    private static final Logger LOGGER = LoggerFactory.getLogger(ReportService.class);

    private final ReportBuilder builder;
    private final EvidenceRepository evidence;
    private final Supplier<String> operator;
    private final Supplier<BundleProvenance> provenance;

    /** Bundles from this service carry the head the report was built on, unsigned, no keys and no full outputs. */
    public ReportService(ReportBuilder builder, EvidenceRepository evidence, Supplier<String> operator) {
        this(builder, evidence, operator, () -> new BundleProvenance(Optional.empty(),
                evidence.head().map(e -> io.drillbook.core.evidence.ChainHead.unsigned(e.seq(), e.hash(), e.time()))
                        .orElseGet(() -> io.drillbook.core.evidence.ChainHead.unsigned(0,
                                io.drillbook.core.evidence.EvidenceHashing.GENESIS, Instant.EPOCH)), List.of()));
    }

    /** @param provenance the head, keys and outputs folder each bundle is built with */
    public ReportService(ReportBuilder builder, EvidenceRepository evidence, Supplier<String> operator,
                         Supplier<BundleProvenance> provenance) {
        this.builder = builder;
        this.evidence = evidence;
        this.operator = operator;
        this.provenance = provenance;
    }

    /** The bundle's bytes for a report and its chain segment. */
    public byte[] bundle(AuditReport report, ChainSegment segment) {
        return new BundleWriter(provenance.get()).write(report, segment);
    }

    /** The report as of the chain head's time. */
    public AuditReport build(ReportScope scope) {
        return build(scope, Optional.empty());
    }

    public AuditReport build(ReportScope scope, Optional<Instant> asOf) {
        return builder.build(scope, asOf, operator.get());
    }

    /** The report of exactly {@code events} (an archived segment), as of {@code asOf}. */
    public AuditReport buildFrom(ReportScope scope, Instant asOf, List<EvidenceEvent> events) {
        return builder.build(scope, Optional.of(asOf), operator.get(), events);
    }

    @Override
    public Path export(ReportScope scope, ReportFormat format, Path out, Optional<Instant> asOf) {
        long started = System.nanoTime();
        AuditReport report = build(scope, asOf);
        try {
            createParent(out);
            switch (format) {
                case PDF -> io.drillbook.core.evidence.OwnerOnlyFiles.write(out, new PdfReportWriter().write(report));
                case JSON -> io.drillbook.core.evidence.OwnerOnlyFiles.write(out, new JsonReportWriter().write(report));
                case HTML -> io.drillbook.core.evidence.OwnerOnlyFiles.write(out, new HtmlReportWriter().write(report));
                case CSV -> new CsvReportWriter().write(report, out);
                case BUNDLE -> io.drillbook.core.evidence.OwnerOnlyFiles.write(out, bundle(report, segmentOf(report)));
                case OSCAL -> io.drillbook.core.evidence.OwnerOnlyFiles.write(out, new OscalReportWriter().write(report));
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
            io.drillbook.core.evidence.OwnerOnlyFiles.createDirectories(parent);
        }
    }
}
