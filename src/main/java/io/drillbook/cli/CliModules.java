package io.drillbook.cli;

import io.drillbook.app.calendar.CalendarModule;
import io.drillbook.app.compliance.ComplianceModule;
import io.drillbook.app.drills.DrillsModule;
import io.drillbook.app.inventory.InventoryModule;
import io.drillbook.app.pipelines.PipelinesModule;
import io.drillbook.app.platform.Platform;
import io.drillbook.app.playbooks.PlaybooksModule;
import io.drillbook.app.reports.ReportsModule;
import io.drillbook.app.settings.SettingsModule;
import io.drillbook.app.team.TeamModule;

/**
 * The feature modules a headless command is built from; the composition root provides them
 * (the CLI never builds an adapter or a module itself).
 */
public interface CliModules extends AutoCloseable {
    Platform platform();

    TeamModule team();

    SettingsModule settings();

    InventoryModule inventory();

    DrillsModule drills();

    ComplianceModule compliance();

    CalendarModule calendar();

    PlaybooksModule playbooks();

    ReportsModule reports();

    PipelinesModule pipelines();

    /** Fills an empty embedded store with the demo workspace; true if it did. */
    boolean seedDemoIfEmpty();

    /** Marks drill and playbook runs that a crash left running as interrupted. */
    void recoverInterruptedRuns();

    @Override
    void close();
}
