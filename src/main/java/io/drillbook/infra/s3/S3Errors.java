package io.drillbook.infra.s3;

import io.drillbook.core.connect.ObjectStoreException;
import io.drillbook.core.connect.ObjectStoreException.Kind;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** Turns AWS SDK failures into {@link ObjectStoreException}s whose kind and message say what to do. */
final class S3Errors {
    private static final Set<String> DENIED = Set.of("AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch",
            "ExpiredToken", "InvalidToken", "AllAccessDisabled");
    private static final Set<String> THROTTLED = Set.of("SlowDown", "Throttling", "ThrottlingException",
            "RequestLimitExceeded", "TooManyRequestsException", "RequestThrottled");

    private S3Errors() {
    }

    static ObjectStoreException translate(String what, RuntimeException e) {
        if (e instanceof ObjectStoreException already) {
            return already;
        }
        if (e instanceof AwsServiceException service) {
            return fromService(what, service);
        }
        if (e instanceof SdkClientException || e instanceof UncheckedIOException) {
            Kind kind = hasIoCause(e) ? Kind.NETWORK : Kind.OTHER;
            return new ObjectStoreException(kind, what + ": " + (kind == Kind.NETWORK ? "network failure: " : "")
                    + e.getMessage(), e);
        }
        return new ObjectStoreException(Kind.OTHER, what + ": " + e.getMessage(), e);
    }

    private static ObjectStoreException fromService(String what, AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        int status = e.statusCode();
        String detail = " (" + (code == null ? "HTTP " + status : code + ", HTTP " + status) + ")";
        if (e instanceof NoSuchBucketException || "NoSuchBucket".equals(code)) {
            return new ObjectStoreException(Kind.NO_SUCH_BUCKET, what + ": the bucket does not exist" + detail, e);
        }
        if (e instanceof NoSuchKeyException || "NoSuchKey".equals(code) || status == 404) {
            return new ObjectStoreException(Kind.NO_SUCH_KEY, what + ": no such object" + detail, e);
        }
        if ((code != null && DENIED.contains(code)) || status == 403) {
            return new ObjectStoreException(Kind.ACCESS_DENIED, what + ": access denied; check the credentials "
                    + "and the bucket policy" + detail, e);
        }
        if ((code != null && THROTTLED.contains(code)) || status == 429 || status == 503) {
            return new ObjectStoreException(Kind.THROTTLED, what + ": the store is throttling requests" + detail, e);
        }
        if (status >= 500) {
            return new ObjectStoreException(Kind.SERVER_ERROR, what + ": the store failed" + detail, e);
        }
        return new ObjectStoreException(Kind.OTHER, what + ": " + e.getMessage(), e);
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
