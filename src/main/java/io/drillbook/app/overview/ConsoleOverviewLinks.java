package io.drillbook.app.overview;

import io.drillbook.core.overview.AttentionLink;
import io.drillbook.core.overview.AttentionSection;
import io.drillbook.ui.calendar.CalendarScreen;
import io.drillbook.ui.compliance.ComplianceScreen;
import io.drillbook.ui.compliance.HeatMetric;
import io.drillbook.ui.drill.DrillsScreen;
import io.drillbook.ui.evidence.EvidenceScreen;
import io.drillbook.ui.overview.OverviewLinks;
import io.drillbook.ui.playbook.PlaybooksScreen;
import io.drillbook.ui.settings.SettingsScreen;
import io.drillbook.ui.shell.Navigator;

import java.util.function.Consumer;

/** Opens, for an overview item, the console screen that deals with it, showing the item there. */
final class ConsoleOverviewLinks implements OverviewLinks {
    private Navigator navigator;

    @Override
    public void attach(Navigator value) {
        this.navigator = value;
    }

    @Override
    public void open(AttentionLink link) {
        switch (link.kind()) {
            case RELEASE -> go("calendar", CalendarScreen.class, c -> c.reveal(link.key(), link.when()));
            case FREEZE -> go("calendar", CalendarScreen.class, c -> c.reveal(null, link.when()));
            case COMPLIANCE_RPO, BACKUP_RUN -> go("compliance", ComplianceScreen.class, c -> focus(c, link, HeatMetric.RPO));
            case COMPLIANCE_TESTED_RPO -> go("compliance", ComplianceScreen.class, c -> focus(c, link, HeatMetric.TESTED_RPO));
            case DRILL_DUE -> go("drills", DrillsScreen.class, d -> d.newDrillFor(link.target()));
            case DRILL_RUN -> go("drills", DrillsScreen.class, d -> {
                d.reveal(link.key());
                d.openRun(link.key());
            });
            case GAP -> go("evidence", EvidenceScreen.class, EvidenceScreen::showGaps);
            case PLAYBOOK_RUN -> go("playbooks", PlaybooksScreen.class, p -> p.reveal(link.detail()));
            case REFRESH_SOURCE -> go("settings", SettingsScreen.class, s -> s.showTab("settings-tab-refresh"));
        }
    }

    @Override
    public void openSection(AttentionSection section) {
        switch (section) {
            case RELEASES, FREEZES -> go("calendar", CalendarScreen.class, c -> { });
            case COMPLIANCE -> go("compliance", ComplianceScreen.class, c -> { });
            case DRILLS -> go("drills", DrillsScreen.class, d -> { });
            case GAPS -> go("evidence", EvidenceScreen.class, EvidenceScreen::showGaps);
            case IMPORTS -> go("settings", SettingsScreen.class, s -> s.showTab("settings-tab-refresh"));
        }
    }

    private static void focus(ComplianceScreen screen, AttentionLink link, HeatMetric metric) {
        if (link.target() != null) {
            screen.focus(link.target(), metric);
        }
    }

    private <T> void go(String id, Class<T> type, Consumer<T> then) {
        if (navigator == null) {
            return;
        }
        navigator.show(id);
        navigator.screen(id).filter(type::isInstance).map(type::cast).ifPresent(then);
    }
}
