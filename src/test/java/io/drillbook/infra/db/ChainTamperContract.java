package io.drillbook.infra.db;

import io.drillbook.core.evidence.ChainHead;
import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.Ed25519;
import io.drillbook.core.evidence.EvidenceCheckpoint;
import io.drillbook.core.evidence.EvidenceDraft;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.SigningKey;
import io.drillbook.infra.evidence.AnchorLocations;
import io.drillbook.infra.evidence.ChainAnchoring;
import io.drillbook.infra.evidence.SigningKeyFile;
import io.drillbook.infra.evidence.WorkspaceSigning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way of tampering with the stored chain that issue 13 lists, done with plain SQL as someone
 * with write access to the database would, and the exact reason verify gives for each. Runs on H2
 * files and PostgreSQL through {@link ChainTamperH2Test} and {@link ChainTamperPostgresTest}.
 */
abstract class ChainTamperContract {
    static final String FORGED_HASH = "f".repeat(64);

    @TempDir
    Path dir;
    FreshDatabases.FreshDatabase fresh;
    Database db;
    EvidenceLog log;
    WorkspaceSigning signing;

    abstract FreshDatabases.Kind kind();

    @BeforeEach
    void open() {
        fresh = FreshDatabases.create(kind(), dir);
        db = Database.open(fresh.url());
        log = new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> "alice");
        for (int i = 1; i <= 20; i++) {
            log.record("release.changed", "REL-" + i, Map.of("n", i));
        }
        signing = new WorkspaceSigning(db, SigningKeyFile.inDataDir(dir.resolve("admin-data")), log, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
        fresh.close();
    }

    ChainVerification verify() {
        return new JdbcChainCheck(db).verify();
    }

    void sql(String statement) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    EvidenceEvent event(long seq) {
        return new JdbcEvidenceRepository(db).bySeq(seq).orElseThrow();
    }

    @Test
    void untouchedChainVerifies() {
        assertThat(verify().describe()).isEqualTo("OK: 20 events, head " + event(20).hash());
    }

    @Test
    void editedEventIsNamed() throws Exception {
        sql("UPDATE evidence_events SET payload = '{\"n\":500}' WHERE seq = 5");
        assertThat(verify().describe()).isEqualTo("BROKEN at event 5: event 5 (release.changed, REL-5) was changed after it was recorded");
    }

    @Test
    void deletedEventIsNamed() throws Exception {
        sql("DELETE FROM evidence_events WHERE seq = 7");
        assertThat(verify().describe()).isEqualTo("BROKEN at event 8: event 7 is missing");
    }

    @Test
    void reorderedEventsAreNamed() throws Exception {
        sql("UPDATE evidence_events SET seq = 100 WHERE seq = 3");
        sql("UPDATE evidence_events SET seq = 3 WHERE seq = 4");
        sql("UPDATE evidence_events SET seq = 4 WHERE seq = 100");
        assertThat(verify().describe()).isEqualTo("BROKEN at event 3: event 3 does not follow the event before it (previous hash differs)");
    }

    @Test
    void insertedEventIsNamed() throws Exception {
        sql("UPDATE evidence_events SET seq = seq + 1000 WHERE seq >= 10");
        sql("UPDATE evidence_events SET seq = seq - 999 WHERE seq >= 1010");
        EvidenceEvent forged = new EvidenceDraft(event(9).time(), "mallory", "gate.waived", "REL-1", "{}").chainAfter(10, event(9).hash());
        try (Connection c = db.connection()) {
            JdbcEvidenceRepository.insert(c, forged);
        }
        assertThat(verify().describe()).isEqualTo("BROKEN at event 11: event 11 does not follow the event before it (previous hash differs)");
    }

    @Test
    void truncatedTailIsNamed() throws Exception {
        sql("DELETE FROM evidence_events WHERE seq > 15");
        assertThat(verify().describe()).isEqualTo("BROKEN at event 16: the chain ends at event 15 but 20 were recorded: events after 15 are missing");
    }

    /** The case: a checkpoint row like the old HMAC ones, and events 1 to 10 deleted, on a machine without any key file. */
    @Test
    void forgedUnsignedCheckpointCannotBeChecked() throws Exception {
        forgeCheckpoint("", "a".repeat(64));
        assertThat(verify().describe()).isEqualTo("BROKEN at event 10: the checkpoint at event 10 carries no Ed25519 signature, "
                + "so it cannot be checked (forged, or sealed with a machine-local key by an older version)");
    }

    @Test
    void forgedCheckpointInAWorkspaceWithoutPublicKeysCannotBeChecked() throws Exception {
        SigningKey mallory = SigningKey.of(Ed25519.generate());
        EvidenceCheckpoint cp = EvidenceCheckpoint.unsigned(10, event(10).hash(), Instant.now(), FORGED_HASH).signedBy(mallory);
        forgeCheckpoint(cp.keyId(), cp.signature());
        assertThat(verify().problem()).isEqualTo("the checkpoint at event 10 cannot be checked: the workspace holds no public signing key");
    }

    @Test
    void forgedCheckpointNamingTheWorkspaceKeyHasABadSignature() throws Exception {
        SigningKey admin = signing.ensureKey();
        forgeCheckpoint(admin.keyId(), Ed25519.sign(Ed25519.generate().getPrivate(), "anything"));
        assertThat(verify().problem()).isEqualTo("the checkpoint at event 10 does not match its Ed25519 signature (forged or edited)");
    }

    @Test
    void checkpointSignedByAKeyTheWorkspaceDoesNotKnowIsNamed() throws Exception {
        signing.ensureKey();
        SigningKey mallory = SigningKey.of(Ed25519.generate());
        EvidenceCheckpoint cp = EvidenceCheckpoint.unsigned(10, event(10).hash(), Instant.now(), FORGED_HASH).signedBy(mallory);
        forgeCheckpoint(cp.keyId(), cp.signature());
        assertThat(verify().problem()).isEqualTo("the checkpoint at event 10 is signed by key " + Ed25519.shortId(mallory.keyId())
                + ", which the workspace does not know");
    }

    @Test
    void consistentRewriteOfChainAndHeadVerifiesAloneButIsCaughtByAnAnchor() throws Exception {
        Path anchor = dir.resolve("anchors/head.json");
        ChainHead anchored = anchoring().anchor(anchor.toString());
        String original = event(20).hash();
        rewriteFrom(12);
        assertThat(verify().isIntact()).as("a consistent rewrite of chain and head row passes verify on its own").isTrue();

        List<io.drillbook.core.evidence.AnchorResult> results = checkAgainst(anchor);

        assertThat(anchored.seq()).isEqualTo(21);
        assertThat(results).singleElement().extracting(r -> r.problem().orElseThrow()).isEqualTo("anchor " + anchor + " records event 21 with hash "
                + anchored.hash() + ", but the chain's event 21 has hash " + event(21).hash() + ": the chain was rewritten at or before event 21");
        assertThat(original).isNotEqualTo(event(20).hash());
    }

    @Test
    void rollingBackChainAndHeadRowIsCaughtByAnAnchor() throws Exception {
        Path anchor = dir.resolve("head.json");
        ChainHead anchored = anchoring().anchor(anchor.toString());
        sql("DELETE FROM evidence_events WHERE seq > 15");
        sql("UPDATE evidence_head SET last_seq = 15, last_hash = '" + event(15).hash() + "' WHERE id = 1");
        assertThat(verify().isIntact()).isTrue();

        assertThat(checkAgainst(anchor)).singleElement().extracting(r -> r.problem().orElseThrow()).isEqualTo("anchor " + anchor
                + " records event 21 with hash " + anchored.hash() + ", but the chain ends at event 15: events were removed or the chain was rolled back");
    }

    @Test
    void anchorHeldByAnUntouchedChainChecksOutAfterMoreEvents() {
        Path anchor = dir.resolve("head.json");
        anchoring().anchor(anchor.toString());
        log.record("release.changed", "REL-99", Map.of());
        assertThat(checkAgainst(anchor)).singleElement().satisfies(r -> assertThat(r.problem()).isEmpty());
    }

    @Test
    void editedAnchorFileIsNamed() throws Exception {
        Path anchor = dir.resolve("head.json");
        anchoring().anchor(anchor.toString());
        java.nio.file.Files.writeString(anchor, java.nio.file.Files.readString(anchor).replace("\"seq\":21", "\"seq\":20"));
        assertThat(checkAgainst(anchor)).singleElement().extracting(r -> r.problem().orElseThrow())
                .isEqualTo("anchor " + anchor + " does not match its Ed25519 signature (forged or edited)");
    }

    ChainAnchoring anchoring() {
        return new ChainAnchoring(new JdbcChainCheck(db), signing::ensureKey, files(), Clock.systemUTC());
    }

    List<io.drillbook.core.evidence.AnchorResult> checkAgainst(Path anchor) {
        JdbcChainCheck.Outcome outcome = new JdbcChainCheck(db).check();
        return ChainAnchoring.check(files(), List.of(anchor.toString()), outcome.view(), new JdbcSigningKeys(db).all());
    }

    static AnchorLocations files() {
        return new AnchorLocations(bucket -> {
            throw new AssertionError("no S3 here");
        });
    }

    void forgeCheckpoint(String keyId, String signature) throws Exception {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_checkpoints "
                + "(seq, hash, archived_at, bundle_sha256, key_id, signature) VALUES (10, ?, ?, ?, ?, ?)")) {
            ps.setString(1, event(10).hash());
            ps.setObject(2, Jdbc.utc(Instant.now()));
            ps.setString(3, FORGED_HASH);
            ps.setString(4, keyId);
            ps.setString(5, signature);
            ps.executeUpdate();
        }
        sql("DELETE FROM evidence_events WHERE seq <= 10");
    }

    /** Edits event {@code from} and recomputes every hash after it and the head row, as a careful forger would. */
    void rewriteFrom(long from) throws Exception {
        List<EvidenceEvent> rest = new ArrayList<>();
        new JdbcEvidenceRepository(db).forEachInOrder(from, Long.MAX_VALUE, rest::add);
        String prev = event(from - 1).hash();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM evidence_events WHERE seq >= " + from);
            }
            EvidenceEvent last = null;
            for (EvidenceEvent e : rest) {
                String payload = e.seq() == from ? "{\"n\":\"rewritten\"}" : e.payload();
                last = new EvidenceDraft(e.time(), e.actor(), e.kind(), e.subject(), payload).chainAfter(e.seq(), prev);
                JdbcEvidenceRepository.insert(c, last);
                prev = last.hash();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE evidence_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                ps.setLong(1, last.seq());
                ps.setString(2, last.hash());
                ps.executeUpdate();
            }
            c.commit();
        }
    }
}
