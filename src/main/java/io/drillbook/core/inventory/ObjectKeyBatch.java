package io.drillbook.core.inventory;

import io.drillbook.core.connect.NamingRule;
import io.drillbook.core.connect.ObjectSummary;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Turns an S3 listing into a batch of backups: each key the naming rule understands is one
 * succeeded backup of the system and environment it names, taken at the time it names; other
 * keys are rejected with the reason. The batch's digest covers every key and ETag listed.
 */
public final class ObjectKeyBatch {
    private ObjectKeyBatch() {
    }

    public static ParsedBatch of(StorageProfile profile, NamingRule rule, List<ObjectSummary> objects) {
        List<Backup> backups = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        MessageDigest digest = sha256();
        for (ObjectSummary object : objects) {
            digest.update((object.key() + " " + object.eTag() + "\n").getBytes(StandardCharsets.UTF_8));
            Optional<NamingRule.NamedKey> named = rule.parse(object.key());
            if (named.isEmpty()) {
                rejected.add(new Rejection(object.key(), "does not follow the naming rule " + rule.pattern()));
                continue;
            }
            try {
                backups.add(backup(profile, named.get(), object));
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejection(object.key(), e.getMessage()));
            }
        }
        return new ParsedBatch(profile.location(), HexFormat.of().formatHex(digest.digest()), BackupSource.S3,
                backups, rejected, List.of(objects.size() + " objects listed under " + profile.location()));
    }

    private static Backup backup(StorageProfile profile, NamingRule.NamedKey named, ObjectSummary object) {
        SystemEnv target = new SystemEnv(named.system(), named.environment());
        Instant started = named.time();
        Instant completed = object.lastModified() != null && object.lastModified().isAfter(started) ? object.lastModified() : started;
        String etag = object.eTag() == null ? "" : object.eTag().replace("\"", "");
        return new Backup(target, BackupSource.S3, object.key(), started, completed, BackupStatus.SUCCEEDED, object.size(),
                etag.isEmpty() ? "" : "etag:" + etag, "s3://" + profile.bucket() + "/" + object.key(), false, null, false);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
