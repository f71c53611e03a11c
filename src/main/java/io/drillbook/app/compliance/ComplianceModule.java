package io.drillbook.app.compliance;

import io.drillbook.app.drills.DrillsModule;
import io.drillbook.app.inventory.InventoryModule;
import io.drillbook.app.platform.FeatureModule;
import io.drillbook.app.platform.Platform;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.compliance.DayDetailService;

import java.time.ZoneId;

/** RPO, RTO and drill freshness per system and day: the heat map and its day details. */
public final class ComplianceModule implements FeatureModule {
    private final Platform platform;
    private final InventoryModule inventory;
    private final DrillsModule drills;
    private final ComplianceService complianceService;

    public ComplianceModule(Platform platform, InventoryModule inventory, DrillsModule drills) {
        this.platform = platform;
        this.inventory = inventory;
        this.drills = drills;
        this.complianceService = new ComplianceService(inventory.daySummaries(), platform.workspaceRepository(),
                drills.drillRunRepository(), platform.clock());
    }

    public ComplianceService complianceService() {
        return complianceService;
    }

    /** The zone whose calendar days compliance is judged in (the zone the day summaries are kept in). */
    public ZoneId complianceZone() {
        return inventory.daySummaries().zone();
    }

    /** What one heat-map cell is made of: the day's backups and drills. */
    public DayDetailService dayDetails() {
        return new DayDetailService(inventory.backupRepository(), platform.workspaceRepository(), drills.drillRunRepository());
    }
}
