package io.drillbook.core.connect;

import java.net.URI;
import java.util.Optional;

/**
 * A named S3 (or S3-compatible) location holding backups. It holds no secrets: credentials come
 * from the default AWS chain or from a named profile in the user's AWS config.
 *
 * @param awsProfile      named profile in ~/.aws/config, or null for the default chain
 * @param endpoint        endpoint override for S3-compatible stores, or null for AWS
 * @param pathStyle       address buckets as {@code endpoint/bucket} rather than {@code bucket.endpoint}
 * @param prefix          key prefix under which this profile's backups live ("" for all)
 * @param namingRule      pattern of backup keys, see {@link NamingRule}; may be blank
 */
public record StorageProfile(String name, String region, String awsProfile, URI endpoint, boolean pathStyle,
                             String bucket, String prefix, String namingRule) {
    public StorageProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("storage profile needs a name");
        }
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("storage profile " + name + " needs a bucket");
        }
        region = region == null || region.isBlank() ? "us-east-1" : region;
        prefix = prefix == null ? "" : prefix;
        namingRule = namingRule == null ? "" : namingRule;
    }

    public Optional<String> namedAwsProfile() {
        return Optional.ofNullable(awsProfile).filter(s -> !s.isBlank());
    }

    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint);
    }

    /** {@code s3://bucket/prefix}, for messages and evidence. */
    public String location() {
        return "s3://" + bucket + "/" + prefix;
    }
}
