package io.drillbook.infra.db;

import io.drillbook.core.evidence.AnchorCheck;
import io.drillbook.core.evidence.BatchChainVerifier;
import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceCheckpoint;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.SignatureCheck;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@code verify} of the live chain: every checkpoint's Ed25519 signature against the workspace's
 * public keys, then the chain from the newest checkpoint on (batches read and hashed by one thread
 * per core, each on its own connection; links checked in order here), then the head row.
 */
public final class JdbcChainCheck {
    private final Database db;

    public JdbcChainCheck(Database db) {
        this.db = db;
    }

    /** The outcome, and what an anchor check needs to know of the chain that was walked. */
    public record Outcome(ChainVerification verification, AnchorCheck.ChainView view) {
    }

    public ChainVerification verify() {
        return check().verification();
    }

    /** What the head row says was recorded last: seq and hash (0 and the genesis hash when nothing was). */
    public record HeadRow(long seq, String hash) {
    }

    public HeadRow headRow() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM evidence_head WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new HeadRow(rs.getLong(1), rs.getString(2).trim());
            }
        });
    }

    public Outcome check() {
        List<EvidenceCheckpoint> checkpoints = new JdbcEvidenceCheckpoints(db).all();
        SignatureCheck signatures = new SignatureCheck(new JdbcSigningKeys(db).all());
        for (EvidenceCheckpoint cp : checkpoints) {
            Optional<String> problem = signatures.checkpointProblem(cp);
            if (problem.isPresent()) {
                return new Outcome(ChainVerification.broken(0, cp.hash(), cp.seq(), problem.get()), view(checkpoints, 0, 0));
            }
        }
        Optional<EvidenceCheckpoint> latest = checkpoints.isEmpty() ? Optional.empty() : Optional.of(checkpoints.get(checkpoints.size() - 1));
        long after = latest.map(EvidenceCheckpoint::seq).orElse(0L);
        Snapshot start = snapshot();
        BatchChainVerifier verifier = latest.map(cp -> new BatchChainVerifier(cp.seq() + 1, cp.hash())).orElseGet(BatchChainVerifier::new);
        new EvidenceBatches(db).forEachBatch(after + 1, Math.max(start.head().seq(), start.maxSeq()),
                BatchChainVerifier::hash, verifier::acceptHashed);
        ChainVerification walked = verifier.result();
        long reached = after + walked.checked();
        AnchorCheck.ChainView view = view(checkpoints, walked.checked() == 0 ? 0 : after + 1, reached);
        return new Outcome(walked.isIntact() ? checkHead(walked, after, start.head()) : walked, view);
    }

    private AnchorCheck.ChainView view(List<EvidenceCheckpoint> checkpoints, long first, long last) {
        JdbcEvidenceRepository events = new JdbcEvidenceRepository(db);
        long lastOrCheckpoint = last == 0 && !checkpoints.isEmpty() ? checkpoints.get(checkpoints.size() - 1).seq() : last;
        return new AnchorCheck.ChainView() {
            @Override
            public long firstSeq() {
                return first;
            }

            @Override
            public long lastSeq() {
                return lastOrCheckpoint;
            }

            @Override
            public Optional<String> hashAt(long seq) {
                return events.bySeq(seq).map(EvidenceEvent::hash);
            }

            @Override
            public List<EvidenceCheckpoint> checkpoints() {
                return checkpoints;
            }
        };
    }

    /** The head row and the highest stored seq, read in one statement so that appends meanwhile do not count. */
    private record Snapshot(HeadRow head, long maxSeq) {
    }

    private Snapshot snapshot() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT h.last_seq, h.last_hash, "
                    + "(SELECT COALESCE(MAX(seq), 0) FROM evidence_events) FROM evidence_head h WHERE h.id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Snapshot(new HeadRow(rs.getLong(1), rs.getString(2).trim()), rs.getLong(3));
            }
        });
    }

    /** A deleted tail leaves the chain itself intact; the head row still remembers it. */
    private static ChainVerification checkHead(ChainVerification walked, long checkpointSeq, HeadRow head) {
        long lastSeq = head.seq();
        long reached = checkpointSeq + walked.checked();
        if (lastSeq < reached) {
            return ChainVerification.broken(walked.checked(), walked.headHash(), lastSeq + 1,
                    "events " + (lastSeq + 1) + " to " + reached + " were added behind the log's back (the head row says "
                            + lastSeq + " were recorded)");
        }
        if (lastSeq != reached || !head.hash().equals(walked.headHash())) {
            return ChainVerification.broken(walked.checked(), walked.headHash(), reached + 1,
                    "the chain ends at event " + reached + " but " + lastSeq
                            + " were recorded: events after " + reached + " are missing");
        }
        return walked;
    }
}
