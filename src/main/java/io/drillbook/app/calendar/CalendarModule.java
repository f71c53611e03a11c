package io.drillbook.app.calendar;

import io.drillbook.app.drills.DrillsModule;
import io.drillbook.app.inventory.InventoryModule;
import io.drillbook.app.platform.FeatureModule;
import io.drillbook.app.platform.Platform;
import io.drillbook.app.settings.SettingsModule;
import io.drillbook.core.calendar.ConflictDetector;
import io.drillbook.core.calendar.GateService;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.calendar.ReleaseGates;
import io.drillbook.core.playbook.RollbackFreezePolicy;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.core.workspace.WorkspaceFileFormat;
import io.drillbook.core.workspace.WorkspaceImport;
import io.drillbook.core.workspace.WorkspaceService;
import io.drillbook.core.workspace.WorkspaceSettings;
import io.drillbook.infra.workspace.WorkspaceYaml;
import io.drillbook.infra.db.JdbcWaiverRepository;
import io.drillbook.core.calendar.WaiverRepository;
import io.drillbook.core.calendar.CalendarExporter;
import io.drillbook.core.calendar.CalendarImporter;
import io.drillbook.core.calendar.ReleaseImporter;
import io.drillbook.infra.csv.CsvReleaseImporter;
import io.drillbook.infra.ics.IcsExporter;
import io.drillbook.infra.ics.IcsImporter;

import java.time.ZoneId;

/**
 * The workspace and its calendar: systems, releases, windows, meetings and freezes; recurrence,
 * conflicts, release gates with waivers, and ICS in and out.
 */
public final class CalendarModule implements FeatureModule {
    /** Consecutive rolled-back releases of a system that start a "Rollback review" freeze. */
    static final int ROLLBACK_THRESHOLD = 2;
    private final RecurrenceExpander recurrenceExpander = new RecurrenceExpander();
    private final RollbackFreezePolicy rollbackFreezePolicy;
    private final WorkspaceService workspaceService;
    private final ConflictDetector conflictDetector;
    private final GateService gateService;
    private final WaiverRepository waivers;
    private final IcsImporter icsImporter;
    private final IcsExporter icsExporter;

    public CalendarModule(Platform platform, SettingsModule settings, InventoryModule inventory, DrillsModule drills) {
        this.rollbackFreezePolicy = new RollbackFreezePolicy(platform.workspaceRepository(), platform.evidenceLog(),
                platform.clock(), ROLLBACK_THRESHOLD);
        this.workspaceService = new WorkspaceService(platform.workspaceRepository(), platform.evidenceLog(), platform.accessPolicy(),
                rollbackFreezePolicy::onReleaseChanged, platform.clock());
        // workspace as code: profiles, pinned host keys and secret references travel with the workspace file
        this.workspaceService.keepingSettingsIn(settings.workspaceSettings());
        this.conflictDetector = new ConflictDetector(recurrenceExpander);
        this.waivers = new JdbcWaiverRepository(platform.database());
        this.gateService = new GateService(new ReleaseGates(platform.workspaceRepository(), inventory.backupRepository(),
                drills.drillRunRepository(), recurrenceExpander), platform.workspaceRepository(),
                waivers, platform.evidenceLog(), platform.clock(), platform.accessPolicy());
        this.icsImporter = new IcsImporter(ZoneId.systemDefault(), platform.accessPolicy());
        this.icsExporter = new IcsExporter(platform.clock());
    }

    /** Reads and writes the workspace file (YAML). Needs no open store. */
    public static WorkspaceFileFormat workspaceFiles() {
        return new WorkspaceFileFormat() {
            @Override
            public WorkspaceImport readImport(String text, String fileName) {
                return WorkspaceYaml.readImport(text, fileName);
            }

            @Override
            public String write(Workspace workspace, WorkspaceSettings settings) {
                return WorkspaceYaml.write(workspace, settings);
            }
        };
    }

    public WorkspaceService workspaceService() {
        return workspaceService;
    }

    /** Starts a "Rollback review" freeze after consecutive rolled-back releases; saveRelease calls it. */
    public RollbackFreezePolicy rollbackFreezePolicy() {
        return rollbackFreezePolicy;
    }

    public RecurrenceExpander recurrenceExpander() {
        return recurrenceExpander;
    }

    public ConflictDetector conflictDetector() {
        return conflictDetector;
    }

    /** Waivers given to gates (the overview judges upcoming releases' gates with them). */
    public WaiverRepository waiverRepository() {
        return waivers;
    }

    public GateService gateService() {
        return gateService;
    }

    /** Calendar files (ICS) in, through a preview; importing needs calendar edit rights. */
    public CalendarImporter icsImporter() {
        return icsImporter;
    }

    public CalendarExporter icsExporter() {
        return icsExporter;
    }

    /** Releases from CSV tables, through a preview. */
    public ReleaseImporter csvImporter() {
        return new CsvReleaseImporter();
    }
}
