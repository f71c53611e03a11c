package io.drillbook.core.calendar;

import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.RiskClass;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.drillbook.core.calendar.CalendarFixtures.freeze;
import static io.drillbook.core.calendar.CalendarFixtures.nightlyShopBackup;
import static io.drillbook.core.calendar.CalendarFixtures.release;
import static io.drillbook.core.calendar.CalendarFixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

class ConflictDetectorTest {
    private final ConflictDetector detector = new ConflictDetector(new RecurrenceExpander());

    private List<Conflict> detect(Release... releases) {
        return detector.detect(List.of(releases), List.of(nightlyShopBackup()),
                List.of(freeze("Year-end freeze", "2026-12-20T00:00", Duration.ofDays(14), false, "prod"),
                        freeze("Recovery REL-1040", "2026-12-05T02:00", Duration.ofHours(3), true)));
    }

    @Test
    void releaseOverlappingTheNightlyBackupWindowIsABackupWindowConflict() {
        List<Conflict> c = detect(standard("REL-1042", "2026-12-02T01:00:00Z", "2026-12-02T03:00:00Z"));
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(ConflictKind.BACKUP_WINDOW);
            assertThat(x.reason()).isEqualTo("REL-1042 (2026-12-02 01:00Z–2026-12-02 03:00Z) overlaps backup window "
                    + "'Nightly shop backup' of shop/prod (2026-12-02 01:00–03:00 Europe/Berlin)");
        });
    }

    @Test
    void releaseMovedToFourNoLongerConflicts() {
        assertThat(detect(standard("REL-1042", "2026-12-02T03:00:00Z", "2026-12-02T05:00:00Z"))).isEmpty();
    }

    @Test
    void backupWindowOfAnotherEnvironmentDoesNotConflict() {
        Release staging = new Release("REL-7", "", List.of("shop"), List.of("staging"), Instant.parse("2026-12-02T00:30:00Z"),
                Instant.parse("2026-12-02T01:30:00Z"), RiskClass.STANDARD, null, null, 0);
        assertThat(detect(staging)).isEmpty();
    }

    @Test
    void releaseInsideAFreezeIsAFreezeConflict() {
        assertThat(detect(standard("REL-2", "2026-12-24T10:00:00Z", "2026-12-24T11:00:00Z")))
                .singleElement().satisfies(x -> {
                    assertThat(x.kind()).isEqualTo(ConflictKind.FREEZE);
                    assertThat(x.reason()).contains("falls in freeze 'Year-end freeze'", "for prod: year end");
                });
    }

    @Test
    void releaseDuringAnActiveRecoveryIsAnActiveRecoveryConflict() {
        assertThat(detect(standard("REL-3", "2026-12-05T02:00:00Z", "2026-12-05T02:30:00Z")))
                .extracting(Conflict::kind).containsExactly(ConflictKind.ACTIVE_RECOVERY);
    }

    @Test
    void twoReleasesOnTheSameSystemAndEnvironmentOverlap() {
        List<Conflict> c = detect(standard("REL-4", "2026-12-03T10:00:00Z", "2026-12-03T12:00:00Z"),
                standard("REL-5", "2026-12-03T11:00:00Z", "2026-12-03T13:00:00Z"),
                standard("REL-6", "2026-12-03T12:00:00Z", "2026-12-03T13:00:00Z"));
        assertThat(c).extracting(Conflict::kind).containsOnly(ConflictKind.RELEASE_OVERLAP);
        assertThat(c).extracting(x -> x.releaseId() + ">" + x.with())
                .containsExactlyInAnyOrder("REL-4>REL-5", "REL-5>REL-4", "REL-5>REL-6", "REL-6>REL-5");
    }

    @Test
    void normalChangeWithoutApprovalNeedsCab() {
        assertThat(detect(release("REL-8", "2026-12-03T10:00:00Z", "2026-12-03T11:00:00Z", RiskClass.NORMAL, null)))
                .singleElement().satisfies(x -> {
                    assertThat(x.kind()).isEqualTo(ConflictKind.CAB_APPROVAL_MISSING);
                    assertThat(x.reason()).isEqualTo("REL-8 is a normal change and has no CAB approval");
                });
        assertThat(detect(release("REL-9", "2026-12-03T10:00:00Z", "2026-12-03T11:00:00Z", RiskClass.MAJOR, null)))
                .extracting(Conflict::kind).containsExactly(ConflictKind.CAB_APPROVAL_MISSING);
        assertThat(detect(release("REL-10", "2026-12-03T10:00:00Z", "2026-12-03T11:00:00Z", RiskClass.EMERGENCY, null))).isEmpty();
    }

    @Test
    void approvalGivenAfterTheWindowStartedIsLate() {
        CabApproval late = new CabApproval("carol", Instant.parse("2026-12-03T10:30:00Z"));
        assertThat(detect(release("REL-11", "2026-12-03T10:00:00Z", "2026-12-03T11:00:00Z", RiskClass.NORMAL, late)))
                .singleElement().satisfies(x -> {
                    assertThat(x.kind()).isEqualTo(ConflictKind.CAB_APPROVAL_LATE);
                    assertThat(x.reason()).contains("approved by carol at 2026-12-03 10:30Z, after its window started at 2026-12-03 10:00Z");
                });
        CabApproval early = new CabApproval("carol", Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(detect(release("REL-12", "2026-12-03T10:00:00Z", "2026-12-03T11:00:00Z", RiskClass.NORMAL, early))).isEmpty();
    }
}
