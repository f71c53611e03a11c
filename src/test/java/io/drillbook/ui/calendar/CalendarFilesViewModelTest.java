package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.EntryKind;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.calendar.CsvReleasePreview;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static io.drillbook.ui.calendar.CalendarWorld.berlin;
import static org.assertj.core.api.Assertions.assertThat;

/** ICS export and import, CSV preview and import, and saving a recurring entry, from the calendar screen's view-model. */
class CalendarFilesViewModelTest {
    @TempDir
    Path dir;
    CalendarWorld world;
    CalendarViewModel calendar;
    CalendarFilesViewModel files;

    @BeforeEach
    void open() {
        world = new CalendarWorld(dir.resolve("ws"));
        CurrentThreadTaskRunner runner = new CurrentThreadTaskRunner();
        calendar = new CalendarViewModel(world.services, runner);
        files = new CalendarFilesViewModel(calendar, runner);
        calendar.showRange(berlin(LocalDate.of(2026, 11, 30), 0, 0), berlin(LocalDate.of(2026, 12, 7), 0, 0));
    }

    @AfterEach
    void close() {
        world.close();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CalendarFilesViewModelTest.class.getResource("/" + name).toURI());
    }

    @Test
    void exportedWeekReadsBackWithItsReleases() throws Exception {
        Path ics = dir.resolve("week.ics");
        files.exportIcs(ics);
        assertThat(calendar.messageProperty().get()).startsWith("Exported");
        assertThat(world.services.icsImporter().read(ics).releases()).extracting(r -> r.id()).contains("REL-1042", "REL-1043");
    }

    @Test
    void malformedIcsImportsNothingAndNamesFileAndLine() throws Exception {
        AtomicReference<IcsImportPreviewViewModel> shown = new AtomicReference<>();
        files.previewIcs(resource("ics/malformed.ics"), shown::set);
        assertThat(shown.get()).isNull();
        assertThat(calendar.messageProperty().get()).contains("nothing imported").contains("malformed.ics:18:").contains("BYMONTH=13");
    }

    @Test
    void icsPreviewLetsAKindBeChangedBeforeAnythingIsStored() throws Exception {
        AtomicReference<IcsImportPreviewViewModel> shown = new AtomicReference<>();
        files.previewIcs(resource("ics/programs/google-platform-ops.ics"), shown::set);
        IcsImportPreviewViewModel preview = shown.get();
        assertThat(preview.rows()).extracting(r -> r.kind()).containsExactly(EntryKind.RELEASE, EntryKind.MAINTENANCE_WINDOW, EntryKind.EXTERNAL);
        assertThat(preview.readyProperty().get()).isFalse();
        assertThat(preview.problems()).singleElement().asString().startsWith("line 8:").contains("names no systems");
        assertThat(world.ctx.platform().workspaceRepository().calendarNotes()).isEmpty();

        preview.setKind(0, EntryKind.EXTERNAL);
        assertThat(preview.readyProperty().get()).isTrue();
        assertThat(preview.rows().get(0).kindSource()).isEqualTo("chosen");
        files.storeIcs(preview.previewProperty().get());
        assertThat(calendar.messageProperty().get()).startsWith("Imported 3 entries");
        assertThat(world.ctx.platform().workspaceRepository().calendarNotes()).filteredOn(n -> n.name().equals("Release shop-api 4.12.0 (prod)"))
                .singleElement().extracting(n -> n.kind()).isEqualTo(io.drillbook.core.model.NoteKind.EXTERNAL);
        assertThat(calendar.visibleItems()).filteredOn(i -> i.id().equals("Maintenance window - billing"))
                .singleElement().extracting(CalendarItem::kind).isEqualTo(CalendarKind.MAINTENANCE_WINDOW);
    }

    @Test
    void csvPreviewListsEachRowsProblemsAndACleanFileIsImported() throws Exception {
        AtomicReference<CsvReleasePreview> preview = new AtomicReference<>();
        files.previewCsv(resource("csv/releases-bad.csv"), preview::set);
        assertThat(preview.get().ok()).isFalse();
        assertThat(preview.get().rows()).filteredOn(r -> !r.ok()).hasSizeGreaterThanOrEqualTo(3);
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "id,title,systems,environments,start,end,risk\n"
                + "REL-5000,new thing,shop,prod,2026-12-03T10:00:00Z,2026-12-03T11:00:00Z,standard\n");
        files.previewCsv(good, preview::set);
        files.saveCsv(preview.get());
        assertThat(calendar.visibleItems()).extracting(CalendarItem::id).contains("REL-5000");
    }

    @Test
    void savedBackupWindowAppearsInTheCalendarAndIsEvidence() {
        Recurrence when = new Recurrence(LocalDateTime.of(2026, 11, 1, 22, 0), Duration.ofHours(1), CalendarWorld.BERLIN,
                "FREQ=WEEKLY;BYDAY=TH", List.of());
        files.saveEntry(new BackupWindow("Thursday search backup", List.of("search"), List.of("prod"), when), "Thursday search backup");
        assertThat(calendar.visibleItems()).filteredOn(i -> i.id().equals("Thursday search backup")).hasSize(1);
        assertThat(world.ctx.platform().evidenceLog().repository().find(io.drillbook.core.evidence.EvidenceQuery.all(5)
                .withKindPrefix("calendar.entry.saved"))).hasSize(1);
    }
}
