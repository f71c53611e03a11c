package io.drillbook.app.inventory;

import io.drillbook.app.platform.FeatureModule;
import io.drillbook.app.platform.Platform;
import io.drillbook.app.settings.Connectors;
import io.drillbook.app.settings.SettingsModule;
import io.drillbook.core.compliance.DaySummaryStore;
import io.drillbook.core.inventory.BackupImporter;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.inventory.TargetMappingReader;
import io.drillbook.infra.importers.Importers;
import io.drillbook.infra.importers.MappingFileReader;
import io.drillbook.core.inventory.InventoryRefresher;
import io.drillbook.core.inventory.InventoryService;
import io.drillbook.core.inventory.RefreshSchedule;
import io.drillbook.infra.db.JdbcBackupRepository;
import io.drillbook.infra.db.JdbcDaySummaryStore;
import io.drillbook.infra.refresh.ConnectorBatchFetcher;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The backup inventory: backups summarised per day as they arrive, imports, and the live refresh with its schedules. */
public final class InventoryModule implements FeatureModule {
    private final Platform platform;
    private final SettingsModule settings;
    private final JdbcDaySummaryStore daySummaries;
    private final BackupRepository backupRepository;
    private final InventoryService inventoryService;
    private final List<RefreshSchedule> refreshSchedules = new CopyOnWriteArrayList<>();

    public InventoryModule(Platform platform, SettingsModule settings) {
        this.platform = platform;
        this.settings = settings;
        this.daySummaries = new JdbcDaySummaryStore(platform.database());
        this.backupRepository = new JdbcBackupRepository(platform.database(), daySummaries);
        this.inventoryService = new InventoryService(backupRepository, platform.evidenceLog(), platform.accessPolicy());
    }

    /** Every backup tool output Drillbook reads (restic, pgBackRest, borg, Velero, AWS Backup, ...). Needs no open store. */
    public static List<BackupImporter> backupImporters() {
        return Importers.all();
    }

    /** Reads mapping files of backup names to systems and environments. Needs no open store. */
    public static TargetMappingReader mappingReader() {
        return new MappingFileReader()::read;
    }

    public BackupRepository backupRepository() {
        return backupRepository;
    }

    /** Per system, environment and day: what the heat map and compliance read instead of raw backups. */
    public DaySummaryStore daySummaries() {
        return daySummaries;
    }

    public InventoryService inventoryService() {
        return inventoryService;
    }

    /** Refreshes the inventory through {@code connectors} (console dialogs or CLI prompts). */
    public InventoryRefresher inventoryRefresher(Connectors connectors) {
        ConnectorBatchFetcher fetcher = new ConnectorBatchFetcher(connectors::profile, connectors.shells(),
                connectors::storage, connectors.objectStores(), platform.outputDir().resolve("refresh"));
        return new InventoryRefresher(settings.refreshSources(), fetcher, inventoryService, platform.evidenceLog(), platform.clock());
    }

    /** Starts refreshing the scheduled sources on their intervals; stopped when this module closes. */
    public RefreshSchedule startRefreshSchedule(InventoryRefresher refresher) {
        RefreshSchedule schedule = new RefreshSchedule(refresher);
        refreshSchedules.add(schedule);
        schedule.start();
        return schedule;
    }

    @Override
    public void close() {
        refreshSchedules.forEach(RefreshSchedule::close);
    }
}
