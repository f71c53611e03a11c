package io.drillbook.infra.s3;

import io.drillbook.core.connect.StorageProfile;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.time.Duration;

/** Builds S3 clients for storage profiles: URL-connection HTTP, no SDK retries (Drillbook retries reads itself). */
public final class S3Clients {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);

    private S3Clients() {
    }

    /**
     * The profile's credentials reference ({@code command:}, {@code file:}, {@code env:}) if it has
     * one, else its named AWS profile, else the default credential chain.
     */
    public static AwsCredentialsProvider credentialsFor(StorageProfile profile) {
        java.util.Optional<io.drillbook.core.workspace.SecretReference> reference = profile.namedAwsProfile()
                .flatMap(io.drillbook.core.workspace.SecretReference::tryParse)
                .filter(r -> r.kind() != io.drillbook.core.workspace.SecretReference.Kind.AGENT);
        if (reference.isPresent()) {
            return new ReferencedAwsCredentials(reference.get(), new io.drillbook.infra.secrets.SecretResolver());
        }
        return profile.namedAwsProfile()
                .<AwsCredentialsProvider>map(ProfileCredentialsProvider::create)
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    public static S3Client build(StorageProfile profile, AwsCredentialsProvider credentials) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .region(Region.of(profile.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(profile.pathStyle())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
        profile.endpointOverride().ifPresent(endpoint -> builder.endpointOverride(endpoint)
                // S3-compatible stores often lack the flexible checksums newer SDKs send by default.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
        return builder.build();
    }
}
