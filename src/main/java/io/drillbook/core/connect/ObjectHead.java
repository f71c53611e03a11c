package io.drillbook.core.connect;

import java.time.Instant;
import java.util.Optional;

/**
 * An object's metadata, as a drill's preflight needs it.
 *
 * @param checksum         a flexible checksum the store announced ({@code SHA256:...}), or null
 * @param serverSideEncryption e.g. {@code AES256} or {@code aws:kms}, or null
 * @param lockMode         object lock mode ({@code GOVERNANCE}, {@code COMPLIANCE}) or null
 * @param retainUntil      object lock retention end, or null
 */
public record ObjectHead(String bucket, String key, long size, Instant lastModified, String eTag, String checksum,
                         String serverSideEncryption, String lockMode, Instant retainUntil, String storageClass) {

    public boolean encrypted() {
        return serverSideEncryption != null && !serverSideEncryption.isBlank();
    }

    public Optional<Instant> immutableUntil() {
        return Optional.ofNullable(retainUntil);
    }
}
