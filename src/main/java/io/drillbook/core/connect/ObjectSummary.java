package io.drillbook.core.connect;

import java.time.Instant;

/** One object as a listing shows it. */
public record ObjectSummary(String key, long size, Instant lastModified, String eTag, String storageClass) {
}
