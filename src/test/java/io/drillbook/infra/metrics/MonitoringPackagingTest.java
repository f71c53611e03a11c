package io.drillbook.infra.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.compliance.ComplianceStatus;
import io.drillbook.core.metrics.OpenMetricsText;
import io.drillbook.core.metrics.TargetHealth;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.RiskClass;
import io.drillbook.core.model.RunResult;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.testing.ExternalTool;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** packaging/monitoring: the alert rules pass promtool (syntax and unit tests), and every metric they and the dashboard use is one Drillbook writes. */
class MonitoringPackagingTest {
    private static final Path DIR = Path.of("packaging/monitoring");
    private static final Pattern METRIC = Pattern.compile("drillbook_[a-z_]+");

    @Test
    void alertRulesPassPromtoolCheckAndTheirUnitTests() throws Exception {
        Optional<Path> promtool = ExternalTool.find("promtool");
        assumeTrue(promtool.isPresent(), "promtool not installed (Debian package prometheus); .ci/run installs it");
        ExternalTool.Result check = ExternalTool.run(List.of(promtool.get().toString(), "check", "rules",
                DIR.resolve("drillbook-alerts.yml").toString()), "");
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: 5 rules found");
        ExternalTool.Result unit = ExternalTool.run(List.of(promtool.get().toString(), "test", "rules",
                DIR.resolve("drillbook-alerts.test.yml").toString()), "");
        assertThat(unit.exit()).as(unit.output()).isZero();
    }

    @Test
    void everyMetricTheRulesAndDashboardUseIsWritten() throws Exception {
        Set<String> written = new TreeSet<>();
        Matcher m = METRIC.matcher(OpenMetricsText.of(List.of(fullHealth()), Instant.parse("2026-12-04T12:00:00Z")));
        while (m.find()) {
            written.add(m.group());
        }
        Set<String> used = new TreeSet<>(names(Files.readString(DIR.resolve("drillbook-alerts.yml"))));
        JsonNode dashboard = new ObjectMapper().readTree(DIR.resolve("drillbook-dashboard.json").toFile());
        List<String> exprs = new ArrayList<>();
        dashboard.findValues("expr").forEach(e -> exprs.add(e.asText()));
        dashboard.findValues("query").forEach(q -> exprs.add(q.isTextual() ? q.asText() : q.path("query").asText()));
        assertThat(exprs).hasSizeGreaterThan(8);
        used.addAll(names(String.join("\n", exprs)));
        assertThat(used).isNotEmpty();
        assertThat(written).containsAll(used);
    }

    private static Set<String> names(String text) {
        return METRIC.matcher(text).results().map(r -> r.group()).collect(Collectors.toSet());
    }

    /** A target with every optional fact present, so every family has a sample. */
    static TargetHealth fullHealth() {
        SystemEnv t = new SystemEnv("shop", "prod");
        Instant done = Instant.parse("2026-12-04T01:00:00Z");
        Backup good = new Backup(t, BackupSource.RESTIC, "a1", done.minusSeconds(600), done, BackupStatus.SUCCEEDED, 10, "", "", false, null, true);
        Backup failed = new Backup(t, BackupSource.RESTIC, "a2", done, done.plusSeconds(60), BackupStatus.FAILED, -1, "", "", false, null, false);
        DrillSummary drill = new DrillSummary("run-1", t, "shop-db", "a1", done, done.plusSeconds(1200), RunResult.PASSED,
                Duration.ofHours(6), Duration.ofMinutes(20), Duration.ofMinutes(16), Duration.ofMinutes(4), "dave");
        Release release = new Release("REL-1", "x", List.of("shop"), List.of("prod"), Instant.parse("2026-12-05T03:00:00Z"),
                Instant.parse("2026-12-05T05:00:00Z"), RiskClass.STANDARD, null, null, 0);
        return new TargetHealth(t, Optional.of(Policy.of(t, LocalDate.of(2026, 1, 1), Duration.ofHours(24), Duration.ofHours(4), Period.ofDays(90))),
                Optional.of(good), Optional.of(failed), Optional.of(good), Optional.of(drill), Optional.of(drill),
                ComplianceStatus.COMPLIANT, ComplianceStatus.AT_RISK, ComplianceStatus.COMPLIANT, ComplianceStatus.COMPLIANT,
                2, 1, List.of("Year-end freeze"), Optional.of(release));
    }
}
