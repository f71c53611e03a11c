package io.drillbook.core.connect;

import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Objects in one bucket of an S3-compatible store. Calls block; run them off the UI thread. Reads
 * are retried with backoff when the store throttles or the network drops. Failures are
 * {@link ObjectStoreException}s whose kind says what went wrong.
 */
public interface ObjectStore extends AutoCloseable {

    StorageProfile profile();

    /**
     * Streams every object under {@code prefix} to {@code sink}, page by page, without holding them
     * all; reports the count so far to {@code progress}. Returns how many there were.
     */
    long forEach(String prefix, Consumer<ObjectSummary> sink, ProgressListener progress, CancellationToken cancel);

    /** Every object under {@code prefix}, collected. */
    default List<ObjectSummary> list(String prefix, ProgressListener progress, CancellationToken cancel) {
        List<ObjectSummary> all = new java.util.ArrayList<>();
        forEach(prefix, all::add, progress, cancel);
        return all;
    }

    ObjectHead head(String key);

    /** Server-side copy of {@code key} to {@code targetKey} in {@code targetBucket} (null: this bucket). */
    default ObjectHead copy(String key, String targetBucket, String targetKey) {
        return copy(key, null, targetBucket, targetKey);
    }

    /**
     * Server-side copy of one version of {@code key} ({@code versionId} null: the current one) to
     * {@code targetKey} in {@code targetBucket} (null: this bucket): how an older version is put back.
     */
    ObjectHead copy(String key, String versionId, String targetBucket, String targetKey);

    /** Downloads {@code key} to {@code target}, verified against the ETag when it is an MD5. */
    default DownloadResult download(String key, Path target, CancellationToken cancel) {
        return download(key, null, target, cancel);
    }

    /** Downloads one version of {@code key} ({@code versionId} null: the current one), verified as {@link #download(String, Path, CancellationToken)}. */
    DownloadResult download(String key, String versionId, Path target, CancellationToken cancel);

    @Override
    void close();
}
