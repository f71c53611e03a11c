package io.drillbook.infra.s3;

import io.drillbook.core.connect.StorageProfile;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes and reads one small object (an evidence anchor) with a storage profile's endpoint, region
 * and credentials. Reads stop at {@code maxBytes}: an object larger than that is refused.
 */
public final class S3SmallObjects implements AutoCloseable {
    private final S3Client s3;

    public S3SmallObjects(StorageProfile profile) {
        this.s3 = S3Clients.build(profile, S3Clients.credentialsFor(profile));
    }

    public void put(String bucket, String key, byte[] content, String contentType) {
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).contentLength((long) content.length),
                    RequestBody.fromBytes(content));
        } catch (RuntimeException e) {
            throw S3Errors.translate("write s3://" + bucket + "/" + key, e);
        }
    }

    public byte[] get(String bucket, String key, int maxBytes) {
        String what = "read s3://" + bucket + "/" + key;
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key))) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IllegalArgumentException(what + ": larger than " + maxBytes + " bytes, so not an anchor");
            }
            return bytes;
        } catch (IOException e) {
            throw S3Errors.translate(what, new UncheckedIOException(e));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw S3Errors.translate(what, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
