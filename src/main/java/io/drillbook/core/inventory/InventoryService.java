package io.drillbook.core.inventory;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Stores parsed backup batches in the inventory and records each import as evidence. A batch
 * is stored whole or not at all; re-importing the same output adds nothing.
 */
public final class InventoryService {
    public static final String EVENT_KIND = "backup.imported";
    private static final Logger LOGGER = LoggerFactory.getLogger(InventoryService.class);

    private final BackupRepository backups;
    private final EvidenceLog evidence;
    private final Authorizer access;

    /** For tools and tests that run without roles. */
    public InventoryService(BackupRepository backups, EvidenceLog evidence) {
        this(backups, evidence, Authorizer.UNRESTRICTED);
    }

    /** @param access importing needs {@link Action#IMPORT_BACKUPS} of the evidence log's current actor */
    public InventoryService(BackupRepository backups, EvidenceLog evidence, Authorizer access) {
        this.backups = backups;
        this.evidence = evidence;
        this.access = access;
    }

    /** Stores the batch's backups and records one {@value #EVENT_KIND} event, in one transaction. */
    public ImportSummary importBatch(ParsedBatch batch) {
        access.require(evidence.currentActor(), Action.IMPORT_BACKUPS);
        ImportSummary summary = evidence.commit(() -> {
            int added = backups.addAll(batch.backups());
            return new ImportSummary(batch.fileName(), batch.sha256(), added,
                    batch.backups().size() - added, batch.rejected(), batch.notices());
        }, done -> EvidenceLog.Entry.of(EVENT_KIND, subject(batch.backups()), payload(batch, done)));
        LOGGER.info("Imported {} ({}): {} added, {} known, {} rejected", batch.fileName(), batch.source(),
                summary.added(), summary.known(), summary.rejected().size());
        return summary;
    }

    private static String subject(List<Backup> list) {
        TreeSet<SystemEnv> targets = new TreeSet<>();
        list.forEach(b -> targets.add(b.target()));
        return targets.isEmpty() ? "inventory" : String.join(",", targets.stream().map(SystemEnv::toString).toList());
    }

    private static Map<String, Object> payload(ParsedBatch batch, ImportSummary summary) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("source", batch.source().name());
        payload.put("file", batch.fileName());
        payload.put("sha256", batch.sha256());
        payload.put("added", summary.added());
        payload.put("known", summary.known());
        payload.put("rejected", summary.rejected().size());
        payload.put("rejections", summary.rejected().stream().limit(50).map(Rejection::toString).toList());
        payload.put("notices", summary.notices());
        return payload;
    }
}
