package io.drillbook.app;

import io.drillbook.app.calendar.CalendarModule;
import io.drillbook.app.compliance.ComplianceModule;
import io.drillbook.app.demo.DemoSeeding;
import io.drillbook.app.demo.SeedingClock;
import io.drillbook.app.drills.DrillsModule;
import io.drillbook.app.inventory.InventoryModule;
import io.drillbook.app.pipelines.PipelinesModule;
import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.platform.FeatureModule;
import io.drillbook.app.platform.Platform;
import io.drillbook.app.playbooks.PlaybooksModule;
import io.drillbook.app.reports.ReportsModule;
import io.drillbook.app.settings.SettingsModule;
import io.drillbook.app.team.TeamModule;
import io.drillbook.cli.CliModules;

import java.time.Clock;
import java.util.List;

/**
 * The composition root: builds the platform and one module per feature (each from the platform and
 * the modules it needs), starts them in that order and closes them in reverse. The console and every
 * headless command run on an instance of this.
 */
public final class AppContext implements CliModules {
    private final Platform platform;
    private final TeamModule team;
    private final SettingsModule settings;
    private final InventoryModule inventory;
    private final DrillsModule drills;
    private final ComplianceModule compliance;
    private final CalendarModule calendar;
    private final PlaybooksModule playbooks;
    private final ReportsModule reports;
    private final PipelinesModule pipelines;
    private final List<FeatureModule> modules;

    public AppContext(AppConfig config, Clock clock) {
        this.platform = new Platform(config, SeedingClock.over(clock));
        StartupProbe.mark("platform");
        this.team = new TeamModule(platform);
        this.settings = new SettingsModule(platform);
        this.inventory = new InventoryModule(platform, settings);
        this.drills = new DrillsModule(platform, inventory, settings);
        this.compliance = new ComplianceModule(platform, inventory, drills);
        this.calendar = new CalendarModule(platform, settings, inventory, drills);
        this.playbooks = new PlaybooksModule(platform, drills);
        this.reports = new ReportsModule(platform, compliance, settings);
        this.pipelines = new PipelinesModule(platform, inventory, drills, compliance);
        this.modules = List.of(team, settings, inventory, drills, compliance, calendar, playbooks, reports, pipelines);
        modules.forEach(FeatureModule::start);
    }

    /** Opens the workspace {@code config} names, on the system clock (what the launcher does for a command). */
    public static AppContext open(AppConfig config) {
        return new AppContext(config, Clock.systemUTC());
    }

    /** Fills an empty embedded store with the demo workspace; never a shared server's (a team starts from its own file). */
    @Override
    public boolean seedDemoIfEmpty() {
        if (platform.shared()) {
            return false;
        }
        DemoSeeding demo = new DemoSeeding(this);
        boolean seeded = demo.seedAllIfEmpty();
        demo.repairToolPaths();
        return seeded;
    }

    /** Marks runs a crash or kill left running as interrupted (never passed); call once at start-up, before any run starts. */
    @Override
    public void recoverInterruptedRuns() {
        drills.recoverInterruptedRuns();
        playbooks.recoverInterruptedRuns();
    }

    @Override public Platform platform() { return platform; }
    @Override public TeamModule team() { return team; }
    @Override public SettingsModule settings() { return settings; }
    @Override public InventoryModule inventory() { return inventory; }
    @Override public DrillsModule drills() { return drills; }
    @Override public ComplianceModule compliance() { return compliance; }
    @Override public CalendarModule calendar() { return calendar; }
    @Override public PlaybooksModule playbooks() { return playbooks; }
    @Override public ReportsModule reports() { return reports; }
    @Override public PipelinesModule pipelines() { return pipelines; }

    /** Stops every module's background work in reverse order, then releases run locks and closes the store. */
    @Override
    public void close() {
        for (int i = modules.size() - 1; i >= 0; i--) {
            modules.get(i).close();
        }
        platform.close();
    }
}
