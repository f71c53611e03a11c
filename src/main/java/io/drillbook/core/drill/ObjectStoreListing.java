package io.drillbook.core.drill;

import io.drillbook.core.connect.NamingRule;
import io.drillbook.core.connect.ObjectStore;
import io.drillbook.core.connect.ObjectStoreException;
import io.drillbook.core.connect.ObjectSummary;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.inventory.ObjectKeyBatch;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists a plan's S3 prefix when a drill is about to start and reads the keys with the naming rule
 * exactly as an inventory refresh does ({@link ObjectKeyBatch}), so a listed backup and an
 * imported one are the same inventory row. Keys naming another system or environment are left
 * out; a listed backup counts as verified when the inventory holds a verified backup at its URI.
 */
public final class ObjectStoreListing {
    /** How many verified backups of one target are read to mark listed ones. */
    static final int VERIFIED_LIMIT = 10_000;

    private final Function<String, Optional<StorageProfile>> profiles;
    private final Function<StorageProfile, ObjectStore> stores;
    private final BackupRepository backups;

    public ObjectStoreListing(Function<String, Optional<StorageProfile>> profiles, Function<StorageProfile, ObjectStore> stores,
                              BackupRepository backups) {
        this.profiles = profiles;
        this.stores = stores;
        this.backups = backups;
    }

    /** Lists the origin's prefix (blocks; reports the objects counted so far) into the target's candidates. */
    public BackupCandidates list(SystemEnv target, BackupOrigin origin, ProgressListener progress, CancellationToken cancel) {
        StorageProfile profile = profiles.apply(origin.storage()).orElseThrow(() -> new IllegalArgumentException(
                "no storage profile named '" + origin.storage() + "' (the plan's backups come from it)"));
        String prefix = origin.prefix().isEmpty() ? profile.prefix() : origin.prefix();
        String pattern = origin.naming().isEmpty() ? profile.namingRule() : origin.naming();
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("storage profile '" + profile.name()
                    + "' has no naming rule and the plan gives none ('backup.naming')");
        }
        StorageProfile listed = new StorageProfile(profile.name(), profile.region(), profile.awsProfile(), profile.endpoint(),
                profile.pathStyle(), profile.bucket(), prefix, pattern);
        String where = listed.location() + " (storage profile '" + profile.name() + "')";
        progress.progress(0, -1, "listing " + where);
        List<ObjectSummary> objects = listObjects(listed, where, progress, cancel);
        ParsedBatch batch = ObjectKeyBatch.of(listed, new NamingRule(pattern), objects);
        Set<String> verified = backups.verified(target, VERIFIED_LIMIT).stream().map(Backup::location).collect(Collectors.toSet());
        List<Backup> mine = batch.backups().stream().filter(b -> b.target().equals(target))
                .map(b -> verified.contains(b.location()) ? b.withVerified(true) : b).toList();
        return ListedCandidates.of(where, mine, objects, explanation(target, pattern, objects.size(), batch.backups()));
    }

    private List<ObjectSummary> listObjects(StorageProfile listed, String where, ProgressListener progress, CancellationToken cancel) {
        try (ObjectStore store = stores.apply(listed)) {
            return store.list(listed.prefix(), progress, cancel);
        } catch (ObjectStoreException e) {
            throw new ObjectStoreException(e.kind(), "cannot list " + where + ": " + e.getMessage(), e);
        }
    }

    private static String explanation(SystemEnv target, String pattern, int listed, List<Backup> named) {
        Set<String> others = named.stream().map(Backup::target).filter(t -> !t.equals(target)).map(SystemEnv::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        return " (" + listed + " objects listed, " + named.size() + " follow the naming rule " + pattern
                + (others.isEmpty() ? "" : "; others name " + String.join(", ", others.stream().limit(5).toList())) + ")";
    }
}
