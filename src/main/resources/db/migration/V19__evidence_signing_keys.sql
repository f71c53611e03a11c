-- Checkpoints and anchors are signed with Ed25519. The public keys live with the workspace, so
-- every team member (and every bundle) can check a checkpoint; each private key stays in the data
-- folder of the admin who archived. Old checkpoints (HMAC with a machine-local key) keep an empty
-- key_id and are reported by verify as impossible to check.
CREATE TABLE evidence_signing_keys (
    key_id        CHAR(64) PRIMARY KEY,
    algorithm     VARCHAR(20) NOT NULL,
    public_key    VARCHAR(200) NOT NULL,
    registered_by VARCHAR(200) NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE evidence_checkpoints ALTER COLUMN signature SET DATA TYPE VARCHAR(200);
ALTER TABLE evidence_checkpoints ADD COLUMN key_id VARCHAR(64) DEFAULT '' NOT NULL;
