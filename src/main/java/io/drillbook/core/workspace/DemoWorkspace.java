package io.drillbook.core.workspace;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.ProtectedSystem;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;
import io.drillbook.core.model.SystemEnv;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace a new user sees on first start: a dozen systems across dev, staging and prod,
 * nightly backup windows, a weekly CAB, the year-end freeze and eight weeks of releases, some of
 * which conflict on purpose. Dates are relative to the clock so the demo never goes stale.
 */
public final class DemoWorkspace {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private record Spec(String name, String owner, int tier, String description, String envs, Duration prodRpo, Duration prodRto) {
    }

    private static final List<Spec> SYSTEMS = List.of(
            new Spec("shop", "alice", 1, "Shop database (PostgreSQL)", "prod,staging,dev", Duration.ofHours(24), Duration.ofHours(8)),
            new Spec("payments", "bob", 1, "Payments ledger (PostgreSQL)", "prod,staging", Duration.ofHours(4), Duration.ofHours(2)),
            new Spec("auth", "carol", 1, "Identity provider data", "prod,staging", Duration.ofHours(4), Duration.ofHours(2)),
            new Spec("inventory", "dave", 2, "Warehouse inventory (MySQL)", "prod,staging", Duration.ofHours(12), Duration.ofHours(8)),
            new Spec("catalog", "alice", 2, "Product catalog (restic file backups)", "prod,dev", Duration.ofHours(24), Duration.ofHours(8)),
            new Spec("search", "erin", 3, "Search index snapshots (S3)", "prod", Duration.ofHours(24), Duration.ofHours(12)),
            new Spec("crm", "frank", 2, "CRM database (pgBackRest)", "prod,staging", Duration.ofHours(6), Duration.ofHours(6)),
            new Spec("billing", "bob", 1, "Billing database (pgBackRest)", "prod,staging", Duration.ofHours(6), Duration.ofHours(4)),
            new Spec("files", "grace", 3, "Customer uploads (borg)", "prod", Duration.ofHours(24), Duration.ofHours(24)),
            new Spec("k8s-apps", "heidi", 2, "Cluster namespaces (Velero)", "prod,staging", Duration.ofHours(24), Duration.ofHours(6)),
            new Spec("analytics", "ivan", 3, "Analytics warehouse (AWS Backup)", "prod", Duration.ofHours(48), Duration.ofHours(24)),
            new Spec("mail", "judy", 3, "Mail archive", "prod,dev", Duration.ofHours(24), Duration.ofHours(12)));

    private DemoWorkspace() {
    }

    public static Workspace create(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<ProtectedSystem> systems = new ArrayList<>();
        List<Policy> policies = new ArrayList<>();
        LocalDate since = today.minusYears(1).minusDays(14);
        for (Spec s : SYSTEMS) {
            systems.add(new ProtectedSystem(s.name(), s.owner(), s.tier(), s.description()));
            for (String env : s.envs().split(",")) {
                policies.add(policyFor(new SystemEnv(s.name(), env), s, since));
            }
        }
        // History is judged by the policy in force then: shop/prod tightened its RTO two months ago.
        policies.add(new Policy(new SystemEnv("shop", "prod"), today.minusMonths(2), Duration.ofHours(24),
                Duration.ofHours(4), Period.ofDays(90), Duration.ofHours(24), Policy.DEFAULT_WARN_SHARE));
        return new Workspace(systems, policies, backupWindows(today), cabMeetings(today), freezes(today), releases(today));
    }

    private static Policy policyFor(SystemEnv target, Spec s, LocalDate since) {
        boolean prod = target.environment().equals("prod");
        Duration rpo = prod ? s.prodRpo() : s.prodRpo().multipliedBy(target.environment().equals("staging") ? 4 : 7);
        Duration rto = prod ? s.prodRto() : s.prodRto().multipliedBy(2);
        Period drillEvery = prod ? Period.ofDays(s.tier() == 1 ? 90 : 180) : Period.ofDays(365);
        return new Policy(target, since, rpo, rto, drillEvery, rpo, Policy.DEFAULT_WARN_SHARE);
    }

    private static List<BackupWindow> backupWindows(LocalDate today) {
        LocalDate first = today.minusYears(1);
        List<BackupWindow> windows = new ArrayList<>();
        windows.add(new BackupWindow("Nightly shop backup", List.of("shop"), List.of("prod", "staging"),
                new Recurrence(first.atTime(1, 0), Duration.ofHours(2), ZONE, "FREQ=DAILY",
                        List.of(LocalDate.of(today.getYear(), 12, 31).atTime(1, 0)))));
        windows.add(new BackupWindow("Nightly database backups", List.of("billing", "crm", "auth", "inventory"), List.of(),
                new Recurrence(first.atTime(2, 0), Duration.ofMinutes(90), ZONE, "FREQ=DAILY", List.of())));
        windows.add(new BackupWindow("Payments WAL archive check", List.of("payments"), List.of("prod"),
                new Recurrence(first.atTime(0, 30), Duration.ofMinutes(30), ZONE, "FREQ=DAILY;BYHOUR=0,6,12,18", List.of())));
        windows.add(new BackupWindow("Weekly full file backup", List.of("files", "catalog", "mail"), List.of(),
                new Recurrence(first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).atTime(3, 0), Duration.ofHours(4),
                        ZONE, "FREQ=WEEKLY;BYDAY=SU", List.of())));
        windows.add(new BackupWindow("Cluster snapshots", List.of("k8s-apps", "search"), List.of(),
                new Recurrence(first.atTime(4, 0), Duration.ofHours(1), ZONE, "FREQ=DAILY", List.of())));
        return windows;
    }

    private static List<CabMeeting> cabMeetings(LocalDate today) {
        LocalDate firstTuesday = today.minusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        return List.of(
                new CabMeeting("Weekly CAB", new Recurrence(firstTuesday.atTime(10, 0), Duration.ofHours(1), ZONE,
                        "FREQ=WEEKLY;BYDAY=TU", List.of(LocalDate.of(today.getYear(), 12, 29).atTime(10, 0)))),
                new CabMeeting("Emergency CAB review", new Recurrence(
                        today.with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY)).atTime(15, 0), Duration.ofMinutes(30),
                        ZONE, "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=1", List.of())));
    }

    private static List<Freeze> freezes(LocalDate today) {
        int year = today.getMonthValue() == 1 ? today.getYear() - 1 : today.getYear();
        LocalDateTime start = LocalDate.of(year, 12, 20).atStartOfDay();
        return List.of(new Freeze("Year-end freeze", "Peak season: no production changes", List.of("prod"),
                Recurrence.once(start, Duration.ofDays(16), ZONE), false));
    }

    private static List<Release> releases(LocalDate today) {
        List<Release> out = new ArrayList<>();
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        // The release manager's Monday story: REL-1042 overlaps the nightly shop backup window.
        out.add(release("REL-1042", "shop-api 4.12.0", "shop", "prod", monday.plusDays(2), LocalTime.of(1, 30), 2,
                RiskClass.NORMAL, cab("carol", monday.minusDays(6))));
        out.add(release("REL-1043", "payments fee rounding fix", "payments", "prod", monday.plusDays(3), LocalTime.of(6, 0), 1,
                RiskClass.STANDARD, null));
        out.add(release("REL-1044", "auth SSO provider upgrade", "auth", "prod", monday.plusDays(8), LocalTime.of(5, 0), 2,
                RiskClass.MAJOR, null));
        out.add(release("REL-1045", "inventory schema v42", "inventory", "staging", monday.plusDays(1), LocalTime.of(14, 0), 1,
                RiskClass.NORMAL, cab("carol", monday.minusDays(6))));
        out.add(release("REL-1046", "catalog image pipeline", "catalog", "prod", monday.plusDays(9), LocalTime.of(10, 0), 1,
                RiskClass.STANDARD, null));
        out.add(release("REL-1047", "crm 7.3 upgrade", "crm", "prod", monday.plusDays(15), LocalTime.of(5, 0), 3,
                RiskClass.MAJOR, cab("carol", monday.plusDays(8))));
        out.add(release("REL-1048", "billing invoice templates", "billing", "prod", monday.plusDays(16), LocalTime.of(6, 0), 1,
                RiskClass.NORMAL, cab("dan", monday.plusDays(8))));
        out.add(release("REL-1049", "k8s ingress controller", "k8s-apps", "prod", monday.plusDays(22), LocalTime.of(4, 30), 1,
                RiskClass.NORMAL, cab("carol", monday.plusDays(15))));
        out.add(release("REL-1050", "shop checkout redesign", "shop", "prod", LocalDate.of(today.getYear(), 12, 22),
                LocalTime.of(9, 0), 2, RiskClass.MAJOR, cab("carol", monday.plusDays(22))));
        out.add(release("REL-1051", "search relevance tuning", "search", "prod", monday.plusDays(29), LocalTime.of(11, 0), 1,
                RiskClass.STANDARD, null));
        out.add(release("REL-1052", "mail archive retention", "mail", "prod", monday.plusDays(36), LocalTime.of(13, 0), 2,
                RiskClass.NORMAL, cab("carol", monday.plusDays(29))));
        out.add(release("REL-1053", "payments PSP failover", "payments", "staging", monday.plusDays(43), LocalTime.of(9, 0), 2,
                RiskClass.NORMAL, cab("dan", monday.plusDays(36))));
        out.add(release("REL-1054", "shop-api 4.13.0", "shop", "staging", monday.plusDays(50), LocalTime.of(10, 0), 1,
                RiskClass.STANDARD, null));
        out.add(release("REL-1041", "shop-api 4.11.2 hotfix", "shop", "prod", today.minusDays(5), LocalTime.of(6, 0), 1,
                RiskClass.EMERGENCY, null).withStatus(ReleaseStatus.DONE));
        return out;
    }

    private static CabApproval cab(String who, LocalDate day) {
        return new CabApproval(who, day.atTime(11, 0).atZone(ZONE).toInstant());
    }

    private static Release release(String id, String title, String system, String env, LocalDate day, LocalTime at,
                                   int hours, RiskClass risk, CabApproval cab) {
        ZonedDateTime start = day.atTime(at).atZone(ZONE);
        ReleaseStatus status = cab != null ? ReleaseStatus.APPROVED : ReleaseStatus.PLANNED;
        return new Release(id, title, List.of(system), List.of(env), start.toInstant(), start.plusHours(hours).toInstant(),
                risk, cab, status, 0);
    }
}
