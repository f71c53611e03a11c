package io.drillbook.testing;

import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectStorageClass;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Serves ListObjectsV2 for indexed buckets from a sorted in-memory map; everything else goes to
 * the wrapped store. S3Proxy 4.1.0's "transient" backend is NIO2 over an in-memory file system and
 * walks the whole prefix for every page, which would swamp the client's own cost in a benchmark.
 */
final class IndexedListingBlobStore extends ForwardingBlobStore {
    private static final int DEFAULT_MAX_KEYS = 1000;

    private final Map<String, NavigableMap<String, S3Object>> buckets = new ConcurrentHashMap<>();

    IndexedListingBlobStore(BlobStore delegate) {
        super(delegate);
    }

    void index(String bucket, String key, long size, String md5Hex) {
        S3Object object = S3Object.builder().key(key).size(size).eTag("\"" + md5Hex + "\"")
                .lastModified(Instant.parse("2026-11-20T01:00:00Z")).storageClass(ObjectStorageClass.STANDARD).build();
        buckets.computeIfAbsent(bucket, b -> new ConcurrentSkipListMap<>()).put(key, object);
    }

    @Override
    public ListObjectsV2Response list(ListObjectsV2Request request) {
        NavigableMap<String, S3Object> objects = buckets.get(request.bucket());
        if (objects == null) {
            return super.list(request);
        }
        String prefix = request.prefix() == null ? "" : request.prefix();
        int maxKeys = request.maxKeys() == null ? DEFAULT_MAX_KEYS : request.maxKeys();
        String after = request.continuationToken() != null ? request.continuationToken() : request.startAfter();
        NavigableMap<String, S3Object> tail = after != null && after.compareTo(prefix) >= 0
                ? objects.tailMap(after, false) : objects.tailMap(prefix, true);
        List<S3Object> page = new ArrayList<>();
        boolean truncated = false;
        for (Map.Entry<String, S3Object> entry : tail.entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            if (page.size() == maxKeys) {
                truncated = true;
                break;
            }
            page.add(entry.getValue());
        }
        return ListObjectsV2Response.builder().name(request.bucket()).prefix(prefix).maxKeys(maxKeys)
                .keyCount(page.size()).contents(page).isTruncated(truncated)
                .continuationToken(request.continuationToken()).startAfter(request.startAfter())
                .nextContinuationToken(truncated ? page.get(page.size() - 1).key() : null).build();
    }
}
