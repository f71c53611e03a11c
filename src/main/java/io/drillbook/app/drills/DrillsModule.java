package io.drillbook.app.drills;

import io.drillbook.app.inventory.InventoryModule;
import io.drillbook.app.platform.FeatureModule;
import io.drillbook.app.platform.Platform;
import io.drillbook.app.settings.Connectors;
import io.drillbook.app.settings.SettingsModule;
import io.drillbook.core.drill.BackupSelector;
import io.drillbook.core.drill.DrillCleanup;
import io.drillbook.core.drill.DrillJournal;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillPlanLibrary;
import io.drillbook.core.drill.DrillRecovery;
import io.drillbook.core.drill.DrillRunHistory;
import io.drillbook.core.drill.DrillRunRepository;
import io.drillbook.core.drill.DrillRunner;
import io.drillbook.core.drill.DrillService;
import io.drillbook.core.drill.ObjectStoreListing;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.team.Authorizer;
import io.drillbook.infra.db.JdbcDrillRunRepository;
import io.drillbook.infra.drill.DrillPlanYaml;
import io.drillbook.infra.drill.JdbcDrillJournal;
import io.drillbook.infra.drill.JdbcDrillLeftoverStore;
import io.drillbook.infra.drill.JdbcDrillPlanRepository;
import io.drillbook.infra.s3.S3ObjectStore;

import java.nio.file.Path;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Restore drills: plans, the runner with its journal, backup selection, history, leftovers and their cleanup. */
public final class DrillsModule implements FeatureModule {
    private final Platform platform;
    private final InventoryModule inventory;
    private final SettingsModule settings;
    private final DrillRunRepository drillRunRepository;
    private final JdbcDrillJournal drillJournal;

    public DrillsModule(Platform platform, InventoryModule inventory, SettingsModule settings) {
        this.platform = platform;
        this.inventory = inventory;
        this.settings = settings;
        this.drillRunRepository = new JdbcDrillRunRepository(platform.database());
        this.drillJournal = new JdbcDrillJournal(platform.database());
    }

    /** Reads a drill plan file (YAML); errors name file, line and column. Needs no open store. */
    public static Function<Path, DrillPlan> planFile() {
        return DrillPlanYaml::read;
    }

    /** Parses a drill plan's text ({@code fileName} for messages). Needs no open store. */
    public static BiFunction<String, String, DrillPlan> planParser() {
        return DrillPlanYaml::read;
    }

    public DrillRunRepository drillRunRepository() {
        return drillRunRepository;
    }

    /** Every drill run's steps as journaled (for {@code drill show}). */
    public DrillJournal drillJournal() {
        return drillJournal;
    }

    public DrillRunner drillRunner() {
        return new DrillRunner(platform.evidenceLog(), drillJournal, drillRunRepository, inventory.backupRepository(), platform.clock())
                .inTransactions(platform.transactions())
                .keepingLeftoversIn(new JdbcDrillLeftoverStore(platform.database()));
    }

    /** Marks drill runs that a crash or kill left running as interrupted (never as passed). */
    public void recoverInterruptedRuns() {
        new DrillRecovery(drillJournal, drillRunRepository, platform.evidenceLog(), platform.clock(), platform.runLocks())
                .listingLeftoversFrom(new JdbcDrillLeftoverStore(platform.database())).markInterrupted();
    }

    /** The workspace's drill plans (YAML kept in the store, evidence on change). */
    public DrillPlanLibrary drillPlanLibrary() {
        return drillPlanLibrary(platform.accessPolicy());
    }

    /** The drill plans checked by {@code access} (the demo seeder, acting as Drillbook itself, checks nothing). */
    public DrillPlanLibrary drillPlanLibrary(Authorizer access) {
        return new DrillPlanLibrary(new JdbcDrillPlanRepository(platform.database()), DrillPlanYaml::read,
                platform.evidenceLog(), platform.clock(), access);
    }

    /** Picks drill backups from the inventory, or from a fresh listing of the plan's S3 prefix. */
    public BackupSelector backupSelector() {
        return new BackupSelector(inventory.backupRepository(), new ObjectStoreListing(
                settings.storageProfiles()::find, S3ObjectStore::forProfile, inventory.backupRepository()), platform.clock(), new Random());
    }

    /** Runs drills with access check, target lock and the target's shell from {@code connectors}. */
    public DrillService drillService(Connectors connectors) {
        return new DrillService(drillRunner(), platform.accessPolicy(), platform.runLocks(), platform.workspaceRepository(),
                name -> shell(connectors, name), platform.outputDir(), platform.clock()).recordingRefusalsIn(platform.evidenceLog());
    }

    /** Lists drill runs that may have left something behind and runs their cleanup on the target from {@code connectors}. */
    public DrillCleanup drillCleanup(Connectors connectors) {
        return new DrillCleanup(drillJournal, new JdbcDrillLeftoverStore(platform.database()), platform.evidenceLog(),
                platform.transactions(), platform.accessPolicy(), platform.runLocks(), drillPlanLibrary(),
                name -> shell(connectors, name), platform.outputDir(), platform.clock());
    }

    /** Past drill runs, their details and leftovers (for {@code drill runs}, {@code drill show} and the console). */
    public DrillRunHistory drillRunHistory(Connectors connectors) {
        return new DrillRunHistory(drillRunRepository, drillJournal, platform.evidenceRepository(),
                drillCleanup(connectors), platform.workspaceRepository());
    }

    private static RemoteShell shell(Connectors connectors, String name) {
        return connectors.shells().open(connectors.profile(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown connection profile '" + name + "'")));
    }
}
