package io.drillbook.infra.db;

import io.drillbook.core.compliance.BackupDaySummary;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DaySummaryMaintenanceTest {
    private static final LocalDate FROM = LocalDate.parse("2026-03-20");
    private static final LocalDate TO = LocalDate.parse("2026-04-10");

    @TempDir
    Path dir;

    @Test
    void summariesMaintainedOnShuffledImportsEqualAFromScratchComputation() {
        try (InventoryFixture f = new InventoryFixture(dir)) {
            f.summaries.rezone(ZoneId.of("Europe/Berlin"));
            List<Backup> all = randomBackups(new Random(42));
            List<Backup> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, new Random(7));
            for (int i = 0; i < shuffled.size(); i += 97) {
                f.backups.addAll(shuffled.subList(i, Math.min(shuffled.size(), i + 97)));
            }
            f.backups.addAll(all.subList(0, 300));
            all.stream().filter(b -> b.status() == BackupStatus.SUCCEEDED).limit(40)
                    .forEach(b -> f.backups.markVerified(b.target(), b.externalId()));
            List<BackupDaySummary> maintained = read(f);

            f.summaries.rezone(ZoneId.of("Europe/Berlin"));
            List<BackupDaySummary> fromScratch = read(f);

            assertThat(maintained).hasSizeGreaterThan(50).isEqualTo(fromScratch);
            assertThat(maintained).anySatisfy(s -> assertThat(s.hasVerified()).isTrue());
        }
    }

    @Test
    void summariesFollowTheZonesCalendarDays() {
        try (InventoryFixture f = new InventoryFixture(dir)) {
            SystemEnv shop = new SystemEnv("shop", "prod");
            f.backups.addAll(List.of(InventoryFixture.backup(shop, Instant.parse("2026-03-20T23:30:00Z"), BackupStatus.SUCCEEDED)));
            assertThat(read(f)).singleElement().extracting(BackupDaySummary::day).isEqualTo(LocalDate.parse("2026-03-20"));
            f.summaries.rezone(ZoneId.of("Europe/Berlin"));
            assertThat(read(f)).singleElement().extracting(BackupDaySummary::day).isEqualTo(LocalDate.parse("2026-03-21"));
            assertThat(f.summaries.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        }
    }

    @Test
    void summariesOfManyTargetsArriveWithEachTargetsDaysInOrder() {
        try (InventoryFixture f = new InventoryFixture(dir)) {
            List<Backup> backups = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                for (int d = 0; d < 3; d++) {
                    Instant t = FROM.plusDays(d).atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds(3600);
                    backups.add(InventoryFixture.backup(new SystemEnv("sys-" + i, "prod"), t, BackupStatus.SUCCEEDED));
                }
            }
            Collections.shuffle(backups, new Random(3));
            f.backups.addAll(backups);
            java.util.Map<SystemEnv, List<LocalDate>> seen = new java.util.concurrent.ConcurrentHashMap<>();
            f.summaries.forEach(FROM, TO, null, s -> seen.computeIfAbsent(s.target(), t -> new ArrayList<>()).add(s.day()));
            assertThat(seen).hasSize(150);
            assertThat(seen.values()).allSatisfy(days -> assertThat(days).containsExactly(FROM, FROM.plusDays(1), FROM.plusDays(2)));
        }
    }

    private static List<BackupDaySummary> read(InventoryFixture f) {
        List<BackupDaySummary> out = Collections.synchronizedList(new ArrayList<>());
        f.summaries.forEach(FROM.minusDays(2), TO.plusDays(2), null, out::add);
        return out.stream().sorted(java.util.Comparator.comparing(BackupDaySummary::target)
                .thenComparing(BackupDaySummary::day)).toList();
    }

    private static List<Backup> randomBackups(Random random) {
        List<Backup> out = new ArrayList<>();
        BackupStatus[] statuses = {BackupStatus.SUCCEEDED, BackupStatus.SUCCEEDED, BackupStatus.SUCCEEDED, BackupStatus.FAILED,
                BackupStatus.PARTIAL};
        for (String system : List.of("shop", "billing", "ledger")) {
            SystemEnv target = new SystemEnv(system, "prod");
            Instant t = FROM.atStartOfDay(ZoneId.of("UTC")).toInstant();
            while (t.isBefore(TO.atStartOfDay(ZoneId.of("UTC")).toInstant())) {
                t = t.plusSeconds(600 + random.nextInt(6 * 3600));
                out.add(InventoryFixture.backup(target, t, statuses[random.nextInt(statuses.length)]));
            }
        }
        return out;
    }
}
