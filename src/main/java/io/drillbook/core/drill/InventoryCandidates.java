package io.drillbook.core.drill;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.inventory.BackupRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Candidates from the backup inventory, read on demand. */
final class InventoryCandidates implements BackupCandidates {
    private final BackupRepository backups;
    private final SystemEnv target;

    InventoryCandidates(BackupRepository backups, SystemEnv target) {
        this.backups = backups;
        this.target = target;
    }

    @Override
    public String origin() {
        return "the inventory";
    }

    @Override
    public List<Backup> newest() {
        return backups.newest(target, BackupSelector.SEARCH_LIMIT).stream().filter(b -> b.status().isRecoveryPoint()).toList();
    }

    @Override
    public Optional<Backup> byId(String id) {
        return backups.byExternalId(target, id);
    }

    @Override
    public List<Backup> completedBetween(Instant from, Instant to) {
        return backups.between(target, from, to).stream().filter(b -> b.status().isRecoveryPoint()).toList();
    }
}
