package io.drillbook.infra.evidence;

import io.drillbook.core.evidence.ChainHead;
import io.drillbook.core.evidence.Ed25519;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.PublicSigningKey;
import io.drillbook.core.evidence.SigningKey;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcChainCheck;
import io.drillbook.infra.db.JdbcSigningKeys;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This user's signing key as the workspace knows it: the private key from the data folder, the
 * public key in the workspace (registered, with an {@code evidence.key.registered} event, in one
 * transaction the first time it signs anything).
 */
public final class WorkspaceSigning {
    private static final org.slf4j.Logger LOGGER = org.slf4j.LoggerFactory.getLogger(WorkspaceSigning.class);
    private final Database db;
    private final SigningKeyFile file;
    private final EvidenceLog log;
    private final Clock clock;

    public WorkspaceSigning(Database db, SigningKeyFile file, EvidenceLog log, Clock clock) {
        this.db = db;
        this.file = file;
        this.log = log;
        this.clock = clock;
    }

    /** The key to sign with, created and registered with the workspace on first use. */
    public SigningKey ensureKey() {
        SigningKey key = file.loadOrCreate();
        JdbcSigningKeys keys = new JdbcSigningKeys(db);
        if (!keys.contains(key.keyId())) {
            log.commit(() -> keys.register(PublicSigningKey.of(key, log.currentActor(), clock.instant())),
                    registered -> registered ? EvidenceLog.Entry.of("evidence.key.registered", "key " + Ed25519.shortId(key.keyId()),
                            Map.of("keyId", key.keyId(), "algorithm", Ed25519.ALGORITHM, "publicKey", key.publicKeyBase64())) : null);
        }
        return key;
    }

    /** This user's key, when the data folder holds one the workspace already knows; never creates one. */
    public Optional<SigningKey> registeredKey() {
        return file.load().filter(k -> new JdbcSigningKeys(db).contains(k.keyId()));
    }

    public List<PublicSigningKey> publicKeys() {
        return new JdbcSigningKeys(db).all();
    }

    /** The live chain's head now, signed when this user holds a registered key. */
    /**
     * The live chain's head for a bundle, timed by its head event (not the wall clock), so the same
     * evidence gives the same bundle bytes; Ed25519 signatures are deterministic too.
     */
    public ChainHead currentHead() {
        JdbcChainCheck.HeadRow row = new JdbcChainCheck(db).headRow();
        ChainHead head = ChainHead.unsigned(row.seq(), row.hash(), new io.drillbook.infra.db.JdbcEvidenceRepository(db)
                .head().map(io.drillbook.core.evidence.EvidenceEvent::time).orElse(java.time.Instant.EPOCH));
        try {
            return registeredKey().map(head::signedBy).orElse(head);
        } catch (RuntimeException e) {
            LOGGER.warn("The bundle's head is left unsigned: {}", e.getMessage());
            return head;
        }
    }
}
