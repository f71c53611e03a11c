package io.drillbook.infra.db;

import io.drillbook.core.compliance.ComplianceMatrix;
import io.drillbook.core.compliance.ComplianceStatus;
import io.drillbook.core.compliance.Metric;
import io.drillbook.core.inventory.DemoBackupHistory;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBackupHistoryTest {
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-21");

    @TempDir
    Path dir;

    private static List<Policy> policies() {
        List<Policy> out = new ArrayList<>();
        String[] systems = {"shop", "billing", "ledger", "search", "media", "crm"};
        for (String s : systems) {
            out.add(Policy.of(new SystemEnv(s, "prod"), LocalDate.parse("2025-01-01"), Duration.ofHours(24), Duration.ofHours(4), Period.ofDays(90)));
            out.add(Policy.of(new SystemEnv(s, "staging"), LocalDate.parse("2025-01-01"), Duration.ofDays(7), Duration.ofHours(8), Period.ofDays(180)));
        }
        return out;
    }

    @Test
    void demoHistoryShowsOneClearRpoBreachAFailedAndAStaleDrill() {
        DemoBackupHistory.History history = DemoBackupHistory.generate(policies(), Clock.fixed(NOW, ZoneOffset.UTC), 1);
        try (InventoryFixture f = new InventoryFixture(dir)) {
            f.policies(policies().toArray(Policy[]::new));
            f.backups.addAll(history.backups());
            history.drills().forEach(f.drills::save);
            ComplianceMatrix m = f.compliance(NOW).matrix(TODAY.minusDays(364), TODAY, ZoneOffset.UTC);
            assertThat(m.rows()).hasSize(12);
            List<SystemEnv> breached = new ArrayList<>();
            for (int r = 0; r < m.rows().size(); r++) {
                for (int c = 0; c < m.days(); c++) {
                    if (m.status(Metric.RPO, r, c) == ComplianceStatus.BREACH && !breached.contains(m.rows().get(r))) {
                        breached.add(m.rows().get(r));
                    }
                }
            }
            assertThat(breached).containsExactly(new SystemEnv("billing", "prod"));
            int row = m.row(new SystemEnv("billing", "prod"));
            assertThat(m.status(Metric.RPO, row, m.column(TODAY.minusDays(35)))).isEqualTo(ComplianceStatus.BREACH);
            List<ComplianceStatus> rtoToday = m.rows().stream().map(t -> m.status(Metric.RTO, m.row(t), m.days() - 1)).toList();
            assertThat(rtoToday).contains(ComplianceStatus.BREACH, ComplianceStatus.STALE, ComplianceStatus.COMPLIANT);
        }
    }

    @Test
    void sameSeedGivesTheSameHistory() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThat(DemoBackupHistory.generate(policies(), clock, 5)).isEqualTo(DemoBackupHistory.generate(policies(), clock, 5));
    }
}
