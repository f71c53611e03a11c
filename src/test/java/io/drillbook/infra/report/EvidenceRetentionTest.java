package io.drillbook.infra.report;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceCheckpoint;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.infra.db.JdbcEvidenceCheckpoints;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.evidence.HmacCheckpointSeal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Old evidence archived to a bundle and pruned; the live chain verifies from the signed checkpoint. */
class EvidenceRetentionTest {
    static final Instant CUTOFF = ReportFixture.START.plusSeconds(7 * 60 * 6);

    @TempDir
    Path dir;
    ReportFixture fx;
    HmacCheckpointSeal seal;
    JdbcEvidenceRepository sealedRepository;
    EvidenceRetention retention;

    @BeforeEach
    void open() {
        fx = new ReportFixture(dir.resolve("db")).seed();
        seal = HmacCheckpointSeal.inDataDir(dir.resolve("data"));
        sealedRepository = new JdbcEvidenceRepository(fx.db, seal);
        retention = new EvidenceRetention(fx.service(), fx.evidence, new JdbcEvidenceCheckpoints(fx.db), seal,
                Clock.fixed(Instant.parse("2026-11-02T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = fx.db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void archivedPrefixIsPrunedAndTheLiveChainVerifiesFromTheCheckpoint() throws Exception {
        String sixthHash = fx.evidence.bySeq(6).orElseThrow().hash();
        EvidenceCheckpoint cp = retention.archiveBefore(CUTOFF, dir.resolve("archive")).orElseThrow();
        assertThat(cp.seq()).isEqualTo(6);
        assertThat(cp.hash()).isEqualTo(sixthHash);
        assertThat(fx.evidence.bySeq(6)).isEmpty();
        assertThat(fx.evidence.bySeq(7).orElseThrow().prevHash()).isEqualTo(cp.hash());
        ChainVerification live = sealedRepository.verify();
        assertThat(live.isIntact()).as(live.describe()).isTrue();
        assertThat(live.checked()).isEqualTo(fx.evidence.head().orElseThrow().seq() - 6);
        fx.log.record("release.changed", "REL-9", Map.of());
        assertThat(sealedRepository.verify().isIntact()).isTrue();
    }

    @Test
    void archiveBundleVerifiesAndItsHashIsTheCheckpoints() throws Exception {
        EvidenceCheckpoint cp = retention.archiveBefore(CUTOFF, dir.resolve("archive")).orElseThrow();
        Path bundle = dir.resolve("archive/evidence-1-6.zip");
        BundleVerification v = new BundleVerifier().verify(bundle);
        assertThat(v.problems()).isEmpty();
        assertThat(v.lastHash()).isEqualTo(cp.hash());
        assertThat(cp.bundleSha256()).isEqualTo(EvidenceHashing.sha256Hex(Files.readAllBytes(bundle)));
    }

    @Test
    void secondArchiveContinuesFromTheFirstCheckpoint() throws Exception {
        retention.archiveBefore(CUTOFF, dir.resolve("archive"));
        EvidenceCheckpoint second = retention.archiveBefore(CUTOFF.plusSeconds(7 * 60 * 3), dir.resolve("archive")).orElseThrow();
        assertThat(second.seq()).isEqualTo(9);
        assertThat(new BundleVerifier().verify(dir.resolve("archive/evidence-7-9.zip")).problems()).isEmpty();
        assertThat(sealedRepository.verify().isIntact()).isTrue();
        assertThat(retention.archiveBefore(ReportFixture.START, dir.resolve("archive"))).isEmpty();
    }

    @Test
    void editedCheckpointIsDetected() throws Exception {
        retention.archiveBefore(CUTOFF, dir.resolve("archive"));
        sql("UPDATE evidence_checkpoints SET bundle_sha256 = '" + "1".repeat(64) + "'");
        ChainVerification v = sealedRepository.verify();
        assertThat(v.isIntact()).isFalse();
        assertThat(v.problem()).contains("checkpoint at event 6 does not match its signature");
    }

    @Test
    void firstRemainingEventMustLinkToTheCheckpoint() throws Exception {
        retention.archiveBefore(CUTOFF, dir.resolve("archive"));
        sql("UPDATE evidence_events SET prev_hash = '" + "2".repeat(64) + "' WHERE seq = 7");
        assertThat(sealedRepository.verify().brokenAt()).isEqualTo(7);
    }

    @Test
    void keyFileIsCreatedOnFirstUseReadableByTheOwnerOnly() throws Exception {
        retention.archiveBefore(CUTOFF, dir.resolve("archive"));
        Path key = dir.resolve("data/checkpoint.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(Files.readString(key).trim()).matches("[0-9a-f]{64}");
    }
}
