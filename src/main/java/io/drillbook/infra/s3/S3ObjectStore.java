package io.drillbook.infra.s3;

import io.drillbook.core.connect.DownloadResult;
import io.drillbook.core.connect.EtagCheck;
import io.drillbook.core.connect.ObjectHead;
import io.drillbook.core.connect.ObjectStore;
import io.drillbook.core.connect.ObjectSummary;
import io.drillbook.core.connect.Retry;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link ObjectStore} port over the AWS SDK v2: AWS S3, or an S3-compatible store through an
 * endpoint override and path-style addressing. Reads are retried with backoff on throttling and
 * network failures; every failure is an {@link io.drillbook.core.connect.ObjectStoreException}.
 */
public final class S3ObjectStore implements ObjectStore {
    private static final Logger LOGGER = LoggerFactory.getLogger(S3ObjectStore.class);
    private static final int PAGE_SIZE = 1000;

    private final StorageProfile profile;
    private final S3Client s3;
    private final Retry retry;

    public S3ObjectStore(StorageProfile profile, AwsCredentialsProvider credentials, Retry retry) {
        this.profile = profile;
        this.s3 = S3Clients.build(profile, credentials);
        this.retry = retry;
    }

    /** With the profile's own credentials (named AWS profile or the default chain) and standard retries. */
    public static S3ObjectStore forProfile(StorageProfile profile) {
        return new S3ObjectStore(profile, S3Clients.credentialsFor(profile), Retry.standard());
    }

    @Override
    public StorageProfile profile() {
        return profile;
    }

    @Override
    public long forEach(String prefix, Consumer<ObjectSummary> sink, ProgressListener progress, CancellationToken cancel) {
        String what = "listing s3://" + profile.bucket() + "/" + prefix;
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder()
                .bucket(profile.bucket()).prefix(prefix).maxKeys(PAGE_SIZE);
        long count = 0;
        String token = null;
        do {
            cancel.throwIfCancelled();
            ListObjectsV2Request page = request.continuationToken(token).build();
            ListObjectsV2Response response = read(what, () -> s3.listObjectsV2(page));
            for (S3Object object : response.contents()) {
                sink.accept(summary(object));
            }
            count += response.contents().size();
            progress.progress(count, -1, "listed " + count + " objects");
            token = Boolean.TRUE.equals(response.isTruncated()) ? response.nextContinuationToken() : null;
        } while (token != null);
        LOGGER.info("Listed {} objects under {}", count, "s3://" + profile.bucket() + "/" + prefix);
        return count;
    }

    private static ObjectSummary summary(S3Object object) {
        return new ObjectSummary(object.key(), object.size() == null ? 0 : object.size(), object.lastModified(),
                EtagCheck.unquote(object.eTag()), object.storageClassAsString());
    }

    @Override
    public ObjectHead head(String key) {
        return head(profile.bucket(), key);
    }

    ObjectHead head(String bucket, String key) {
        HeadObjectResponse r = read("head s3://" + bucket + "/" + key, () -> s3.headObject(b -> b.bucket(bucket).key(key)));
        String checksum = r.checksumSHA256() == null ? null : "SHA256:" + r.checksumSHA256();
        return new ObjectHead(bucket, key, r.contentLength() == null ? 0 : r.contentLength(), r.lastModified(),
                EtagCheck.unquote(r.eTag()), checksum, r.serverSideEncryptionAsString(),
                r.objectLockModeAsString(), r.objectLockRetainUntilDate(), r.storageClassAsString());
    }

    @Override
    public ObjectHead copy(String key, String versionId, String targetBucket, String targetKey) {
        String bucket = targetBucket == null ? profile.bucket() : targetBucket;
        String what = "copy s3://" + profile.bucket() + "/" + key + versionSuffix(versionId) + " to s3://" + bucket + "/" + targetKey;
        CopyObjectRequest request = CopyObjectRequest.builder().sourceBucket(profile.bucket()).sourceKey(key)
                .sourceVersionId(versionId).destinationBucket(bucket).destinationKey(targetKey).build();
        try {
            s3.copyObject(request);
        } catch (RuntimeException e) {
            throw S3Errors.translate(what, e);
        }
        LOGGER.info("Copied s3://{}/{}{} to s3://{}/{}", profile.bucket(), key, versionSuffix(versionId), bucket, targetKey);
        return head(bucket, targetKey);
    }

    @Override
    public DownloadResult download(String key, String versionId, Path target, CancellationToken cancel) {
        String what = "download s3://" + profile.bucket() + "/" + key + versionSuffix(versionId);
        return read(what, () -> new S3Download(s3, profile.bucket(), key, versionId, target, cancel).run());
    }

    private static String versionSuffix(String versionId) {
        return versionId == null ? "" : " (version " + versionId + ")";
    }

    private <T> T read(String what, Supplier<T> call) {
        return retry.read(what, () -> {
            try {
                return call.get();
            } catch (CancellationToken.CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                throw S3Errors.translate(what, e);
            }
        });
    }

    @Override
    public void close() {
        s3.close();
    }
}
