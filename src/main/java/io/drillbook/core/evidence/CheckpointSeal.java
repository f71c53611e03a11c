package io.drillbook.core.evidence;

/**
 * Signs checkpoints and checks their signature. A keyed seal catches accidental edits of a
 * checkpoint row; it does not protect against someone holding the key.
 */
public interface CheckpointSeal {

    String sign(EvidenceCheckpoint checkpoint);

    boolean isAuthentic(EvidenceCheckpoint checkpoint);
}
