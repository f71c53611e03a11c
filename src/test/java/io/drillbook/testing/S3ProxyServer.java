package io.drillbook.testing;

import io.drillbook.core.connect.StorageProfile;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import java.io.ByteArrayInputStream;
import java.net.URI;

/** S3Proxy in-process on 127.0.0.1 with the in-memory ("transient") backend and fixed credentials. */
public final class S3ProxyServer implements AutoCloseable {
    public static final String ACCESS_KEY = "drillbook-access";
    public static final String SECRET_KEY = "drillbook-secret-key";

    private final S3Proxy proxy;
    private final BlobStore store;
    private final IndexedListingBlobStore listings;

    private S3ProxyServer(S3Proxy proxy, BlobStore store, IndexedListingBlobStore listings) {
        this.proxy = proxy;
        this.store = store;
        this.listings = listings;
    }

    /** S3Proxy over the transient (in-memory NIO2) backend. */
    public static S3ProxyServer start() throws Exception {
        return start(new TransientNio2BlobStore(), null);
    }

    /**
     * S3Proxy over the transient backend, with listings of buckets filled by {@link #indexForListing}
     * served from a sorted in-memory index (see {@link IndexedListingBlobStore}), for benchmarks.
     */
    public static S3ProxyServer startWithListingIndex() throws Exception {
        IndexedListingBlobStore listings = new IndexedListingBlobStore(new TransientNio2BlobStore());
        return start(listings, listings);
    }

    private static S3ProxyServer start(BlobStore store, IndexedListingBlobStore listings) throws Exception {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        if (!Await.until(java.time.Duration.ofSeconds(10), () -> "STARTED".equals(proxy.getState()))) {
            throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
        }
        return new S3ProxyServer(proxy, store, listings);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public StorageProfile profile(String bucket) {
        return new StorageProfile("s3proxy", "us-east-1", null, endpoint(), true, bucket, "", "");
    }

    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    public void createBucket(String bucket) {
        store.createContainer(bucket);
    }

    /** Puts an object straight into the backend (fast: no HTTP), for filling large listings. */
    public void put(String bucket, String key, byte[] content) {
        store.putBlob(PutObjectRequest.builder().bucket(bucket).key(key).contentLength((long) content.length).build(),
                new ByteArrayInputStream(content));
    }

    /** Makes a key appear in listings only (no content), on a server from {@link #startWithListingIndex}. */
    public void indexForListing(String bucket, String key, long size, String md5Hex) {
        listings.index(bucket, key, size, md5Hex);
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
