package io.drillbook.infra.evidence;

import io.drillbook.core.evidence.ChainHead;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.infra.s3.S3SmallObjects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/**
 * Where anchors are kept outside the database: a file, or an S3 object {@code s3://bucket/key}
 * (a bucket with object lock is the natural place), reached with the storage profile for that
 * bucket: its endpoint, region and credentials (named AWS profile or the default chain).
 */
public final class AnchorLocations {
    /** An anchor is a few hundred bytes; anything much larger is not one. */
    public static final int MAX_ANCHOR_BYTES = 64 * 1024;

    private final Function<String, StorageProfile> profileForBucket;

    /** @param profileForBucket the storage profile to reach a bucket with */
    public AnchorLocations(Function<String, StorageProfile> profileForBucket) {
        this.profileForBucket = profileForBucket;
    }

    public static boolean isS3(String location) {
        return location.startsWith("s3://");
    }

    public void write(String location, ChainHead head) {
        byte[] bytes = head.toJson().getBytes(StandardCharsets.UTF_8);
        if (isS3(location)) {
            S3Location s3 = S3Location.parse(location);
            try (S3SmallObjects objects = new S3SmallObjects(profileForBucket.apply(s3.bucket()))) {
                objects.put(s3.bucket(), s3.key(), bytes, "application/json");
            }
            return;
        }
        writeFile(Path.of(location), bytes);
    }

    /** @throws IllegalArgumentException naming the location and what is wrong with it */
    public ChainHead read(String location) {
        byte[] bytes;
        if (isS3(location)) {
            S3Location s3 = S3Location.parse(location);
            try (S3SmallObjects objects = new S3SmallObjects(profileForBucket.apply(s3.bucket()))) {
                bytes = objects.get(s3.bucket(), s3.key(), MAX_ANCHOR_BYTES);
            }
        } else {
            bytes = readFile(Path.of(location));
        }
        try {
            return ChainHead.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(location + " is not an anchor: " + e.getMessage());
        }
    }

    private static void writeFile(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".anchor", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the anchor " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such anchor file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_ANCHOR_BYTES + 1);
            if (bytes.length > MAX_ANCHOR_BYTES) {
                throw new IllegalArgumentException(file + " is larger than " + MAX_ANCHOR_BYTES + " bytes, so not an anchor");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the anchor " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code s3://bucket/key}. */
    record S3Location(String bucket, String key) {
        static S3Location parse(String location) {
            String rest = location.substring("s3://".length());
            int slash = rest.indexOf('/');
            if (slash <= 0 || slash == rest.length() - 1) {
                throw new IllegalArgumentException(location + " is not s3://BUCKET/KEY");
            }
            return new S3Location(rest.substring(0, slash), rest.substring(slash + 1));
        }
    }
}
