package io.drillbook.infra.s3;

import io.drillbook.core.connect.Checksums.ChecksumMismatchException;
import io.drillbook.core.connect.DownloadResult;
import io.drillbook.core.connect.EtagCheck;
import io.drillbook.core.work.CancellationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One object streamed to a file while its MD5 and SHA-256 are computed, then checked against the ETag. */
final class S3Download {
    private static final Logger LOGGER = LoggerFactory.getLogger(S3Download.class);

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String versionId;
    private final Path target;
    private final CancellationToken cancel;

    /** @param versionId the object version to read; null for the current one */
    S3Download(S3Client s3, String bucket, String key, String versionId, Path target, CancellationToken cancel) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.versionId = versionId;
        this.target = target;
        this.cancel = cancel;
    }

    DownloadResult run() {
        MessageDigest md5 = digest("MD5");
        MessageDigest sha256 = digest("SHA-256");
        GetObjectResponse response;
        long bytes = 0;
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key).versionId(versionId));
             OutputStream out = Files.newOutputStream(target)) {
            response = in.response();
            bytes = copy(in, out, md5, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + target + " failed", e);
        }
        return verify(response, bytes, HexFormat.of().formatHex(md5.digest()), HexFormat.of().formatHex(sha256.digest()));
    }

    private long copy(InputStream in, OutputStream out, MessageDigest md5, MessageDigest sha256) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            cancel.throwIfCancelled();
            out.write(buffer, 0, n);
            md5.update(buffer, 0, n);
            sha256.update(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private DownloadResult verify(GetObjectResponse response, long bytes, String md5, String sha256) {
        String location = "s3://" + bucket + "/" + key;
        return switch (EtagCheck.compare(response.eTag(), md5, response.serverSideEncryptionAsString())) {
            case MATCHES -> new DownloadResult(key, target, bytes, sha256, md5, "ETag MD5", null);
            case DIFFERS -> {
                deleteQuietly();
                throw new ChecksumMismatchException(location + ": downloaded content has MD5 " + md5
                        + " but the ETag is " + EtagCheck.unquote(response.eTag()));
            }
            case NOT_AN_MD5 -> {
                LOGGER.warn("{}: ETag {} is not a plain MD5 (multipart or KMS); content not verified by the store",
                        location, response.eTag());
                yield new DownloadResult(key, target, bytes, sha256, md5, null,
                        "ETag " + EtagCheck.unquote(response.eTag()) + " is not an MD5 of the content (multipart upload or KMS)");
            }
        };
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            LOGGER.warn("Could not delete corrupt download {}", target, e);
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }
}
