package io.drillbook.core.metrics;

import io.drillbook.core.compliance.ComplianceStatus;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OpenMetricsTextTest {
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private static TargetHealth bare(String system, String environment, List<String> freezes) {
        return new TargetHealth(new SystemEnv(system, environment), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), ComplianceStatus.UNKNOWN, ComplianceStatus.UNKNOWN, ComplianceStatus.BREACH,
                ComplianceStatus.STALE, 0, 0, freezes, Optional.empty());
    }

    @Test
    void aTargetWithoutBackupsOrDrillsHasNoAgeSampleButItsStatusesAndCounts() {
        String text = OpenMetricsText.of(List.of(bare("shop", "prod", List.of())), NOW);
        assertThat(text).contains("# TYPE drillbook_backup_age_seconds gauge\n# HELP drillbook_tested_rpo_seconds")
                .doesNotContain("drillbook_backup_age_seconds{")
                .contains("drillbook_compliance_status{system=\"shop\",environment=\"prod\",metric=\"rto\",status=\"breach\"} 1\n")
                .contains("drillbook_compliance_status{system=\"shop\",environment=\"prod\",metric=\"rto\",status=\"compliant\"} 0\n")
                .contains("drillbook_gaps_open{system=\"shop\",environment=\"prod\"} 0\n")
                .contains("drillbook_metrics_generated_timestamp_seconds 1796385600\n")
                .endsWith("# EOF\n");
        assertThat(text.lines().filter(l -> l.startsWith("drillbook_compliance_status{")).count()).isEqualTo(4L * ComplianceStatus.values().length);
    }

    @Test
    void freezeNamesAreEscapedAsLabelValuesAndEachFamilyIsDeclaredOnce() {
        String text = OpenMetricsText.of(List.of(bare("shop", "prod", List.of("Year \"end\" \\ freeze")), bare("crm", "prod", List.of())), NOW);
        assertThat(text).contains("drillbook_freeze_active{system=\"shop\",environment=\"prod\",freeze=\"Year \\\"end\\\" \\\\ freeze\"} 1\n");
        assertThat(text.lines().filter(l -> l.equals("# TYPE drillbook_gaps_open gauge")).count()).isEqualTo(1);
        assertThat(text.lines().filter(l -> l.startsWith("drillbook_gaps_open{")).count()).isEqualTo(2);
    }

    @Test
    void fractionalSecondsArePlainDecimals() {
        assertThat(MetricFamilies.number(1796385600.432)).isEqualTo("1796385600.432");
        assertThat(MetricFamilies.number(86400)).isEqualTo("86400");
        assertThat(MetricFamilies.number(0.5)).isEqualTo("0.5");
    }
}
