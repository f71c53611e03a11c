package io.drillbook.core.compliance;

import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static io.drillbook.core.compliance.ComplianceStatus.AT_RISK;
import static io.drillbook.core.compliance.ComplianceStatus.BREACH;
import static io.drillbook.core.compliance.ComplianceStatus.COMPLIANT;
import static io.drillbook.core.compliance.ComplianceStatus.STALE;
import static io.drillbook.core.compliance.ComplianceStatus.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

/** RPO, tested RPO, RTO and drill freshness per day, on the in-memory stores (moved from infra.db, same assertions). */
class ComplianceRulesTest {
    private static final SystemEnv SHOP = new SystemEnv("shop", "prod");
    private static final LocalDate JAN1 = LocalDate.parse("2026-01-01");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private ComplianceFixture f;

    @BeforeEach
    void open() {
        f = new ComplianceFixture();
    }

    private static Policy policy(LocalDate from, Duration rpo) {
        return Policy.of(SHOP, from, rpo, Duration.ofHours(4), Period.ofDays(30));
    }

    private DailyCompliance day(String date) {
        return f.compliance(NOW).daily(SHOP, JAN1, LocalDate.parse("2026-03-05"), ZoneOffset.UTC)
                .stream().filter(d -> d.day().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    @Test
    void rpoBreachedWhenNewestBackupOlderThanTarget() {
        f.policies(policy(JAN1, Duration.ofHours(24)));
        f.backupsEvery(SHOP, Instant.parse("2026-01-01T01:00:00Z"), Instant.parse("2026-01-11T00:00:00Z"), Duration.ofHours(6));
        f.backupsEvery(SHOP, Instant.parse("2026-01-14T01:00:00Z"), Instant.parse("2026-01-20T00:00:00Z"), Duration.ofHours(6));
        assertThat(day("2026-01-10").rpo()).isEqualTo(COMPLIANT);
        assertThat(day("2026-01-10").worstRpoMinutes()).isEqualTo(6 * 60);
        assertThat(day("2026-01-11").rpo()).isEqualTo(BREACH);
        assertThat(day("2026-01-11").worstRpoMinutes()).isEqualTo(29 * 60);
        assertThat(day("2026-01-14").worstRpoMinutes()).isEqualTo((3 * 24 + 6) * 60);
        assertThat(day("2026-01-15").rpo()).isEqualTo(COMPLIANT);
    }

    @Test
    void dayBoundaryBackupAtMidnightBelongsToTheNewDayAndEqualToTargetIsAtRisk() {
        f.policies(policy(JAN1, Duration.ofHours(24)));
        f.backupsEvery(SHOP, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-05T00:00:01Z"), Duration.ofHours(24));
        assertThat(day("2026-01-01").worstRpoMinutes()).isEqualTo(24 * 60);
        assertThat(day("2026-01-01").rpo()).isEqualTo(AT_RISK);
        assertThat(day("2026-01-06").rpo()).isEqualTo(BREACH);
    }

    @Test
    void aFailedBackupPutsTheDayAtRisk() {
        f.policies(policy(JAN1, Duration.ofHours(24)));
        f.backupsEvery(SHOP, Instant.parse("2026-01-01T01:00:00Z"), Instant.parse("2026-01-10T00:00:00Z"), Duration.ofHours(4));
        f.backups.addAll(List.of(ComplianceFixture.backup(SHOP, Instant.parse("2026-01-05T23:59:59Z"), BackupStatus.FAILED)));
        assertThat(day("2026-01-04").rpo()).isEqualTo(COMPLIANT);
        assertThat(day("2026-01-05").rpo()).isEqualTo(AT_RISK);
    }

    @Test
    void noDataBeforeTheFirstBackupAndAfterNowIsUnknown() {
        f.policies(policy(JAN1, Duration.ofHours(24)));
        f.backupsEvery(SHOP, Instant.parse("2026-01-10T01:00:00Z"), Instant.parse("2026-03-01T12:00:00Z"), Duration.ofHours(6));
        assertThat(day("2026-01-09").rpo()).isEqualTo(UNKNOWN);
        assertThat(day("2026-01-09").worstRpoMinutes()).isEqualTo(-1);
        assertThat(day("2026-01-10").rpo()).isEqualTo(COMPLIANT);
        assertThat(day("2026-03-01").worstRpoMinutes()).isEqualTo(6 * 60);
        assertThat(day("2026-03-02").rpo()).isEqualTo(UNKNOWN);
        assertThat(day("2026-01-20").rto()).isEqualTo(UNKNOWN);
    }

    @Test
    void aTargetWithAPolicyAndNoBackupsIsUnknownEveryDay() {
        f.policies(policy(JAN1, Duration.ofHours(24)));
        ComplianceMatrix m = f.compliance(NOW).matrix(JAN1, LocalDate.parse("2026-01-31"), ZoneOffset.UTC);
        assertThat(m.rows()).containsExactly(SHOP);
        assertThat(ComplianceSummaries.byEnvironment(m, Metric.RPO).get("prod").unknown()).isEqualTo(31);
    }

    @Test
    void policyChangedMidRangeJudgesLaterDaysOnly() {
        f.policies(policy(JAN1, Duration.ofHours(24)), policy(LocalDate.parse("2026-01-15"), Duration.ofHours(4)));
        f.backupsEvery(SHOP, Instant.parse("2026-01-01T01:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), Duration.ofHours(6));
        assertThat(day("2026-01-14").rpo()).isEqualTo(COMPLIANT);
        assertThat(day("2026-01-15").rpo()).isEqualTo(BREACH);
        ComplianceMatrix m = f.compliance(NOW).matrix(JAN1, LocalDate.parse("2026-01-31"), ZoneOffset.UTC);
        assertThat(ComplianceSummaries.breachDaysPerQuarter(m, Metric.RPO)).containsEntry("2026-Q1", 17);
    }

    @Test
    void worstRpoFollowsBerlinDaysAcrossDaylightSavingChanges() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        f.policies(policy(LocalDate.parse("2026-03-01"), Duration.ofHours(24)));
        List<io.drillbook.core.model.Backup> daily = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.parse("2026-03-01"); d.isBefore(LocalDate.parse("2026-11-01")); d = d.plusDays(1)) {
            daily.add(ComplianceFixture.backup(SHOP, d.atTime(0, 30).atZone(berlin).toInstant(), BackupStatus.SUCCEEDED));
        }
        f.backups.addAll(daily);
        List<DailyCompliance> days = f.compliance(Instant.parse("2026-12-01T00:00:00Z"))
                .daily(SHOP, LocalDate.parse("2026-03-28"), LocalDate.parse("2026-10-26"), berlin);
        assertThat(at(days, "2026-03-29").worstRpoMinutes()).isEqualTo(24 * 60);
        assertThat(at(days, "2026-03-30").worstRpoMinutes()).isEqualTo(23 * 60 + 30);
        assertThat(at(days, "2026-10-25").worstRpoMinutes()).isEqualTo(24 * 60 + 30);
        assertThat(at(days, "2026-10-25").rpo()).isEqualTo(BREACH);
        assertThat(at(days, "2026-10-24").rpo()).isEqualTo(AT_RISK);
    }

    private static DailyCompliance at(List<DailyCompliance> days, String date) {
        return days.stream().filter(d -> d.day().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    @Test
    void rtoCompliantThenStaleWhenTheNewestPassingDrillIsTooOld() {
        f.policies(policy(JAN1, Duration.ofHours(24)));
        f.drill(SHOP, Instant.parse("2026-01-02T10:00:00Z"), RunResult.PASSED, Duration.ofMinutes(23));
        assertThat(day("2026-01-01").rto()).isEqualTo(UNKNOWN);
        assertThat(day("2026-01-02").rto()).isEqualTo(COMPLIANT);
        assertThat(day("2026-01-30").drillFreshness()).isEqualTo(AT_RISK);
        assertThat(day("2026-02-01").rto()).isEqualTo(COMPLIANT);
        assertThat(day("2026-02-02").rto()).isEqualTo(STALE);
        assertThat(day("2026-02-02").drillAgeDays()).isEqualTo(31);
    }

    @Test
    void rtoBreachedWhenTheDrillTookLongerThanTheRtoOrTheNewestDrillFailed() {
        f.policies(policy(JAN1, Duration.ofHours(24)));
        f.drill(SHOP, Instant.parse("2026-01-02T10:00:00Z"), RunResult.PASSED, Duration.ofHours(5));
        f.drill(SHOP, Instant.parse("2026-01-10T10:00:00Z"), RunResult.PASSED, Duration.ofHours(1));
        f.drill(SHOP, Instant.parse("2026-01-20T10:00:00Z"), RunResult.FAILED, Duration.ofHours(1));
        assertThat(day("2026-01-05").rto()).isEqualTo(BREACH);
        assertThat(day("2026-01-10").rto()).isEqualTo(COMPLIANT);
        assertThat(day("2026-01-20").rto()).isEqualTo(BREACH);
        assertThat(day("2026-01-20").drillFreshness()).isEqualTo(COMPLIANT);
    }

    @Test
    void testedRpoCountsVerifiedBackupsOnly() {
        f.policies(policy(JAN1, Duration.ofHours(24)));
        f.backupsEvery(SHOP, Instant.parse("2026-01-01T01:00:00Z"), Instant.parse("2026-01-10T00:00:00Z"), Duration.ofHours(6));
        f.backups.markVerified(SHOP, ComplianceFixture.backup(SHOP, Instant.parse("2026-01-03T01:00:00Z"), BackupStatus.SUCCEEDED).externalId());
        assertThat(day("2026-01-02").testedRpo()).isEqualTo(UNKNOWN);
        assertThat(day("2026-01-03").testedRpo()).isEqualTo(AT_RISK);
        assertThat(day("2026-01-03").worstTestedRpoMinutes()).isEqualTo(23 * 60);
        assertThat(day("2026-01-04").testedRpo()).isEqualTo(BREACH);
        assertThat(day("2026-01-04").worstTestedRpoMinutes()).isEqualTo(47 * 60);
        assertThat(day("2026-01-04").rpo()).isEqualTo(COMPLIANT);
    }
}
