package io.drillbook.infra.report;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceCheckpoint;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.infra.db.JdbcEvidenceCheckpoints;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import io.drillbook.infra.evidence.SigningKeyFile;
import io.drillbook.infra.evidence.WorkspaceSigning;
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
    WorkspaceSigning signing;
    JdbcEvidenceRepository sealedRepository;
    EvidenceRetention retention;

    @BeforeEach
    void open() {
        fx = new ReportFixture(dir.resolve("db")).seed();
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T00:00:00Z"), ZoneOffset.UTC);
        signing = new WorkspaceSigning(fx.db, SigningKeyFile.inDataDir(dir.resolve("data")), fx.log, clock);
        sealedRepository = new JdbcEvidenceRepository(fx.db);
        ReportService reports = new ReportService(fx.builder(), fx.evidence, () -> "carol",
                () -> new BundleProvenance(java.util.Optional.empty(), signing.currentHead(), signing.publicKeys()));
        retention = new EvidenceRetention(reports, fx.evidence, new JdbcEvidenceCheckpoints(fx.db), signing::ensureKey, clock);
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
        assertThat(live.checked()).as("the events left after the archived six, and the registration of the signing key")
                .isEqualTo(fx.evidence.head().orElseThrow().seq() - 6);
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
        assertThat(v.problem()).isEqualTo("the checkpoint at event 6 does not match its Ed25519 signature (forged or edited)");
    }

    @Test
    void firstRemainingEventMustLinkToTheCheckpoint() throws Exception {
        retention.archiveBefore(CUTOFF, dir.resolve("archive"));
        sql("UPDATE evidence_events SET prev_hash = '" + "2".repeat(64) + "' WHERE seq = 7");
        assertThat(sealedRepository.verify().brokenAt()).isEqualTo(7);
    }

    @Test
    void keyFileIsCreatedOnFirstUseReadableByTheOwnerOnlyAndItsPublicKeyIsInTheWorkspace() throws Exception {
        retention.archiveBefore(CUTOFF, dir.resolve("archive"));
        Path key = dir.resolve("data/" + SigningKeyFile.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        String keyId = SigningKeyFile.inDataDir(dir.resolve("data")).load().orElseThrow().keyId();
        assertThat(signing.publicKeys()).singleElement().satisfies(k -> {
            assertThat(k.keyId()).isEqualTo(keyId);
            assertThat(k.registeredBy()).isEqualTo("alice");
        });
        assertThat(fx.evidence.find(io.drillbook.core.evidence.EvidenceQuery.all(5).withKindPrefix("evidence.key.registered")))
                .singleElement().satisfies(e -> assertThat(e.payload()).contains(keyId));
    }

    @Test
    void anotherMachineWithoutThePrivateKeyChecksTheCheckpoint() throws Exception {
        retention.archiveBefore(CUTOFF, dir.resolve("archive"));
        Files.delete(dir.resolve("data/" + SigningKeyFile.FILE));
        assertThat(new JdbcEvidenceRepository(fx.db).verify().isIntact()).isTrue();
        sql("UPDATE evidence_checkpoints SET hash = '" + "3".repeat(64) + "'");
        assertThat(new JdbcEvidenceRepository(fx.db).verify().problem())
                .isEqualTo("the checkpoint at event 6 does not match its Ed25519 signature (forged or edited)");
    }

    @Test
    void archiveBundleCarriesTheWorkspacePublicKey() throws Exception {
        retention.archiveBefore(CUTOFF, dir.resolve("archive"));
        String keys = new String(BundleTest.entries(dir.resolve("archive/evidence-1-6.zip")).get(BundleWriter.KEYS),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(keys).contains(signing.publicKeys().get(0).publicKey());
    }
}
