package io.drillbook.infra.db;

import io.drillbook.core.compliance.BackupDaySummary;
import io.drillbook.core.compliance.DaySummaryStore;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static io.drillbook.core.compliance.BackupDaySummary.NONE;
import static org.assertj.core.api.Assertions.assertThat;

class PackedSummaryTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FROM = LocalDate.parse("2025-12-01");
    private static final LocalDate TO = LocalDate.parse("2026-04-10");

    @TempDir
    Path dir;

    @Test
    void packedYearsEqualTheDayRowsAfterShuffledImportsAndVerifications() {
        try (InventoryFixture f = new InventoryFixture(dir)) {
            assertPackedEqualsDayRowsAfterShuffledImportsAndVerifications(f);
        }
    }

    /** Shared with {@link PackedSummaryPostgresTest}. */
    static void assertPackedEqualsDayRowsAfterShuffledImportsAndVerifications(InventoryFixture f) {
        f.summaries.rezone(BERLIN);
        List<Backup> all = randomBackups(new Random(11));
        List<Backup> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(5));
        for (int i = 0; i < shuffled.size(); i += 89) {
            f.backups.addAll(shuffled.subList(i, Math.min(shuffled.size(), i + 89)));
        }
        all.stream().filter(b -> b.status() == BackupStatus.SUCCEEDED).limit(60)
                .forEach(b -> f.backups.markVerified(b.target(), b.externalId()));

        List<BackupDaySummary> dayRows = dayRows(f.db);
        assertThat(dayRows).hasSizeGreaterThan(300).anySatisfy(s -> assertThat(s.hasVerified()).isTrue());
        assertThat(packed(f, FROM.minusDays(3), TO.plusDays(3))).isEqualTo(dayRows);
        assertThat(f.summaries.newestBefore(LocalDate.parse("2026-02-15"))).hasSize(4);
    }

    @Test
    void carriedInRecoveryPointsEqualTheNewestDayRowsBeforeTheRange() {
        try (InventoryFixture f = new InventoryFixture(dir)) {
            f.backups.addAll(randomBackups(new Random(21)));
            randomBackups(new Random(21)).stream().filter(b -> b.status() == BackupStatus.SUCCEEDED).limit(30)
                    .forEach(b -> f.backups.markVerified(b.target(), b.externalId()));
            List<BackupDaySummary> dayRows = dayRows(f.db);
            for (LocalDate day : List.of(FROM, LocalDate.parse("2025-12-20"), LocalDate.parse("2026-01-01"),
                    LocalDate.parse("2026-02-15"), TO.plusDays(5))) {
                java.util.Map<SystemEnv, DaySummaryStore.CarryIn> expected = new java.util.HashMap<>();
                dayRows.stream().filter(s -> s.day().isBefore(day)).forEach(s -> expected.merge(s.target(),
                        new DaySummaryStore.CarryIn(s.lastOk(), s.lastVerified()),
                        (a, b) -> new DaySummaryStore.CarryIn(Math.max(a.lastOk(), b.lastOk()), Math.max(a.lastVerified(), b.lastVerified()))));
                assertThat(f.summaries.newestBefore(day)).as("carried into %s", day).isEqualTo(expected);
            }
        }
    }

    @Test
    void packedYearsAreBackfilledFromDayRowsWhenFlaggedStale() {
        try (InventoryFixture f = new InventoryFixture(dir)) {
            f.backups.addAll(randomBackups(new Random(3)));
            Jdbc.inTransaction(f.db, c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM backup_year_summary");
                     PreparedStatement flag = c.prepareStatement("UPDATE backup_summary_zone SET needs_packing = TRUE")) {
                    ps.executeUpdate();
                    flag.executeUpdate();
                }
                return null;
            });
            assertThat(packed(f, FROM, TO)).isEmpty();

            JdbcDaySummaryStore reopened = new JdbcDaySummaryStore(f.db);
            List<BackupDaySummary> out = new ArrayList<>();
            reopened.forEach(FROM.minusDays(3), TO.plusDays(3), null, out::add);
            assertThat(byTargetAndDay(out)).hasSizeGreaterThan(300).isEqualTo(dayRows(f.db));
        }
    }

    @Test
    void rangeAcrossNewYearReturnsOnlyItsDaysInOrder() {
        try (InventoryFixture f = new InventoryFixture(dir)) {
            f.backups.addAll(randomBackups(new Random(9)));
            LocalDate from = LocalDate.parse("2025-12-30");
            LocalDate to = LocalDate.parse("2026-01-03");
            List<BackupDaySummary> expected = dayRows(f.db).stream()
                    .filter(s -> !s.day().isBefore(from) && s.day().isBefore(to)).toList();
            assertThat(packed(f, from, to)).isNotEmpty().isEqualTo(expected);
        }
    }

    @Test
    void packedYearRoundTripsLeapDaysMissingPointsAndEmptiedDays() {
        SystemEnv shop = new SystemEnv("shop", "prod");
        PackedYear year = new PackedYear(2028);
        BackupDaySummary leap = new BackupDaySummary(shop, LocalDate.parse("2028-02-29"), 3, 1, 1_835_398_800L,
                1_835_420_000L, 7_200, NONE, NONE, 0);
        BackupDaySummary last = new BackupDaySummary(shop, LocalDate.parse("2028-12-31"), 0, 2, NONE, NONE, 0, NONE, NONE, 0);
        BackupDaySummary emptied = new BackupDaySummary(shop, LocalDate.parse("2028-03-01"), 1, 0, 1_835_517_600L,
                1_835_517_600L, 0, 1_835_517_600L, 1_835_517_600L, 0);
        year.put(leap);
        year.put(emptied);
        year.put(last);
        year.put(new BackupDaySummary(shop, emptied.day(), 0, 0, NONE, NONE, 0, NONE, NONE, 0));

        List<BackupDaySummary> out = new ArrayList<>();
        PackedYear.decode(2028, year.encode()).forEach(shop, LocalDate.parse("2028-01-01"), LocalDate.parse("2029-01-01"),
                new PackedYear.DayCache(), out::add);

        assertThat(out).containsExactly(leap, last);
    }

    private static List<BackupDaySummary> packed(InventoryFixture f, LocalDate from, LocalDate toExclusive) {
        List<BackupDaySummary> out = Collections.synchronizedList(new ArrayList<>());
        f.summaries.forEach(from, toExclusive, null, out::add);
        return byTargetAndDay(out);
    }

    /** The day rows as stored, in target and day order. */
    private static List<BackupDaySummary> dayRows(Database db) {
        return Jdbc.query(db, c -> {
            List<BackupDaySummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.*, t.system_name, t.environment FROM ("
                    + "SELECT " + DaySummaryRows.COLUMNS + " FROM backup_day_summary) d JOIN backup_targets t ON t.id = d.target_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(DaySummaryRows.map(rs, new SystemEnv(rs.getString(11), rs.getString(12))));
                }
            }
            return byTargetAndDay(out);
        });
    }

    private static List<BackupDaySummary> byTargetAndDay(List<BackupDaySummary> summaries) {
        return summaries.stream().sorted(Comparator.comparing(BackupDaySummary::target).thenComparing(BackupDaySummary::day)).toList();
    }

    private static List<Backup> randomBackups(Random random) {
        List<Backup> out = new ArrayList<>();
        BackupStatus[] statuses = {BackupStatus.SUCCEEDED, BackupStatus.SUCCEEDED, BackupStatus.SUCCEEDED, BackupStatus.FAILED,
                BackupStatus.PARTIAL};
        for (String system : List.of("shop", "billing", "ledger", "wiki")) {
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
