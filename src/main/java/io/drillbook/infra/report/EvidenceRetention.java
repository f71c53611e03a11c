package io.drillbook.infra.report;

import io.drillbook.core.evidence.EvidenceCheckpoint;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.evidence.SigningKey;
import io.drillbook.core.report.AuditReport;
import io.drillbook.core.report.ChainSegment;
import io.drillbook.core.report.ReportScope;
import io.drillbook.infra.db.JdbcEvidenceCheckpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Archives evidence older than a cutoff: writes the oldest events (a prefix of the live chain) to
 * a bundle, then deletes them, leaving a checkpoint signed with the archiving user's Ed25519 key
 * (whose public key the workspace holds), from which the live chain is verified.
 */
public final class EvidenceRetention implements io.drillbook.core.evidence.EvidenceArchive {
    private static final Logger LOGGER = LoggerFactory.getLogger(EvidenceRetention.class);
    private static final int PAGE = 10_000;

    private final ReportService reports;
    private final io.drillbook.core.evidence.EvidenceRepository evidence;
    private final JdbcEvidenceCheckpoints checkpoints;
    private final Supplier<SigningKey> signingKey;
    private final Clock clock;

    public EvidenceRetention(ReportService reports, io.drillbook.core.evidence.EvidenceRepository evidence,
                             JdbcEvidenceCheckpoints checkpoints, Supplier<SigningKey> signingKey, Clock clock) {
        this.reports = reports;
        this.evidence = evidence;
        this.checkpoints = checkpoints;
        this.signingKey = signingKey;
        this.clock = clock;
    }

    /**
     * Archives every remaining event recorded before {@code cutoff} (up to the first event at or after
     * it) into a bundle in {@code archiveDir}, then prunes them. Returns the checkpoint, or empty
     * when nothing is that old.
     */
    public Optional<EvidenceCheckpoint> archiveBefore(Instant cutoff, Path archiveDir) throws IOException {
        SigningKey key = signingKey.get();
        List<EvidenceEvent> old = oldestBefore(cutoff);
        if (old.isEmpty()) {
            return Optional.empty();
        }
        ChainSegment segment = reports.segment(old.get(0).seq(), old.get(old.size() - 1).seq());
        ReportScope scope = ReportScope.all(old.get(0).time().atZone(ZoneOffset.UTC).toLocalDate(),
                cutoff.minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate());
        AuditReport report = reports.buildFrom(scope, cutoff, segment.events());
        byte[] bundle = reports.bundle(report, segment);
        io.drillbook.core.evidence.OwnerOnlyFiles.createDirectories(archiveDir);
        Path file = archiveDir.resolve("evidence-" + segment.firstSeq() + "-" + segment.lastSeq() + ".zip");
        io.drillbook.core.evidence.OwnerOnlyFiles.write(file, bundle);
        EvidenceCheckpoint checkpoint = EvidenceCheckpoint.unsigned(segment.lastSeq(), segment.lastHash(),
                EvidenceHashing.normalise(clock.instant()), EvidenceHashing.sha256Hex(bundle)).signedBy(key);
        int pruned = checkpoints.pruneThrough(checkpoint);
        LOGGER.info("Archived events {}..{} to {} and pruned {} of them", segment.firstSeq(), segment.lastSeq(), file, pruned);
        return Optional.of(checkpoint);
    }

    private List<EvidenceEvent> oldestBefore(Instant cutoff) {
        long next = checkpoints.latest().map(cp -> cp.seq() + 1).orElse(1L);
        long head = evidence.head().map(EvidenceEvent::seq).orElse(0L);
        List<EvidenceEvent> old = new ArrayList<>();
        while (next <= head) {
            List<EvidenceEvent> page = new ArrayList<>();
            evidence.forEachInOrder(next, Math.min(head, next + PAGE - 1), page::add);
            for (EvidenceEvent e : page) {
                if (!e.time().isBefore(cutoff)) {
                    return old;
                }
                old.add(e);
            }
            next += PAGE;
        }
        return old;
    }
}
