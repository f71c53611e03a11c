-- Retention: evidence archived to a bundle and pruned leaves a checkpoint, so the live chain is
-- verified from the checkpoint's hash onwards. signature = HMAC-SHA256 over the other columns with
-- the key in the data folder (checkpoint.key): it catches accidental edits, not a key holder.
CREATE TABLE evidence_checkpoints (
    seq           BIGINT PRIMARY KEY,
    hash          CHAR(64) NOT NULL,
    archived_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    bundle_sha256 CHAR(64) NOT NULL,
    signature     CHAR(64) NOT NULL
);
