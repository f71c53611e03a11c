package io.drillbook.ui.calendar;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.RiskClass;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The release and recurring-entry forms, without a window: validation and the live occurrence preview. */
class FormViewModelsTest {
    static final Clock CLOCK = Clock.fixed(CalendarWorld.NOW, ZoneOffset.UTC);

    @Test
    void releaseFormBuildsAReleaseOnlyWhenEveryFieldIsValid() {
        ReleaseFormViewModel form = new ReleaseFormViewModel(null, null, Set.of("shop"), CalendarWorld.BERLIN);
        assertThat(form.release()).isEmpty();
        assertThat(form.problemsProperty().get()).contains("Id:", "Systems:", "Environments:", "Start: required");
        form.idProperty().set("REL-3000");
        form.systemsProperty().set("shop");
        form.environmentsProperty().set("prod");
        form.startProperty().set("2026-12-02 04:00");
        form.endProperty().set("2026-12-02 03:00");
        assertThat(form.problemsProperty().get()).isEqualTo("End: must be after the start");
        form.endProperty().set("2026-12-02 05:00");
        Release r = form.release().orElseThrow();
        assertThat(r.start()).isEqualTo(CalendarWorld.berlin(java.time.LocalDate.of(2026, 12, 2), 4, 0));
        assertThat(r.risk()).isEqualTo(RiskClass.STANDARD);
    }

    @Test
    void releaseFormNamesTheFieldAndPositionOfABadTime() {
        ReleaseFormViewModel form = new ReleaseFormViewModel(null, CalendarWorld.NOW, Set.of(), CalendarWorld.BERLIN);
        form.startProperty().set("2026-12-0x 04:00");
        assertThat(form.problemsProperty().get()).contains("Start: '2026-12-0x 04:00' is not a date and time", "position 9");
        form.cabByProperty().set("carol");
        assertThat(form.problemsProperty().get()).contains("CAB approval: give both who approved and when");
    }

    @Test
    void recurringFormPreviewsTheNextOccurrencesAsTheRuleIsTyped() {
        RecurringEntryFormViewModel form = new RecurringEntryFormViewModel(RecurringEntryFormViewModel.Kind.BACKUP_WINDOW, null, CLOCK);
        form.nameProperty().set("Nightly test backup");
        form.systemsProperty().set("shop");
        form.startProperty().set("2026-11-20 01:00");
        form.durationProperty().set("2h");
        form.zoneProperty().set("Europe/Berlin");
        form.rruleProperty().set("FREQ=DAILY");
        form.exdatesProperty().set("2026-11-25 01:00");
        assertThat(form.preview()).hasSize(RecurringEntryFormViewModel.PREVIEW);
        assertThat(form.preview().get(0)).startsWith("Tue 2026-11-24 01:00–03:00 Europe/Berlin");
        assertThat(form.preview().get(1)).startsWith("Thu 2026-11-26");
        BackupWindow w = (BackupWindow) form.entry().orElseThrow();
        assertThat(w.when().exdates()).hasSize(1);
    }

    @Test
    void ruleErrorIsShownInlineWithItsPositionAndNothingIsPreviewed() {
        RecurringEntryFormViewModel form = new RecurringEntryFormViewModel(RecurringEntryFormViewModel.Kind.CAB_MEETING, null, CLOCK);
        form.nameProperty().set("Weekly CAB");
        form.rruleProperty().set("FREQ=WEEKLY;BYDAY=TX");
        assertThat(form.ruleErrorProperty().get()).contains("position 19").contains("'TX' is not a weekday");
        assertThat(form.preview()).isEmpty();
        assertThat(form.entry()).isEmpty();
        form.rruleProperty().set("FREQ=WEEKLY;BYDAY=TU");
        assertThat(form.ruleErrorProperty().get()).isEmpty();
        assertThat(form.preview()).hasSize(RecurringEntryFormViewModel.PREVIEW);
    }
}
