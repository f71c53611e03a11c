package io.drillbook.ui.calendar;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.core.calendar.CalendarImporter;
import io.drillbook.core.calendar.CsvReleasePreview;
import io.drillbook.core.calendar.ImportPreview;
import io.drillbook.core.calendar.ReleaseImporter;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Files and recurring entries: ICS import (through a preview where each kind can be changed; all or nothing) and export of the loaded range, CSV
 * import of releases through a preview, and saving backup windows, CAB meetings and freezes (each
 * recorded as evidence). Results and errors (with file and line) go to the calendar's message.
 */
public final class CalendarFilesViewModel {
    private final CalendarViewModel calendar;
    private final CalendarServices services;
    private final TaskRunner runner;
    private final ReleaseImporter csv;

    public CalendarFilesViewModel(CalendarViewModel calendar, TaskRunner runner) {
        this.calendar = calendar;
        this.services = calendar.services();
        this.runner = runner;
        this.csv = services.csvImporter();
    }

    /** Reads a calendar file into a preview of what each event becomes (nothing is stored yet). */
    public void previewIcs(Path file, Consumer<IcsImportPreviewViewModel> show) {
        CalendarImporter importer = services.icsImporter().withOptions(services.icsImporter().options().withKnown(knownSystems(), knownEnvironments()));
        BackgroundTask.of(() -> importer.preview(file))
                .titled("preview " + file.getFileName())
                .onSuccess(preview -> show.accept(new IcsImportPreviewViewModel(importer, preview)))
                .onFailure(e -> calendar.messageProperty().set("" + e.getMessage()))
                .runWith(runner);
    }

    /** Stores a previewed calendar with the kinds chosen in the preview, all or nothing. */
    public void storeIcs(ImportPreview preview) {
        BackgroundTask.of(() -> services.icsImporter().store(preview, services.workspace(), services.evidence()))
                .titled("import " + preview.fileName())
                .onSuccess(entries -> done("Imported " + entries.size() + " entries from " + Path.of(preview.fileName()).getFileName()))
                .onFailure(e -> calendar.messageProperty().set("" + e.getMessage()))
                .runWith(runner);
    }

    private Set<String> knownSystems() {
        Set<String> known = new HashSet<>(calendar.systems());
        known.remove(CalendarViewModel.ALL);
        return known;
    }

    private Set<String> knownEnvironments() {
        Set<String> known = new HashSet<>(calendar.environments());
        known.remove(CalendarViewModel.ALL);
        return known;
    }

    /** Writes the entries of the loaded range (what the views show) as an ICS file. */
    public void exportIcs(Path file) {
        var entries = calendar.loadedEntries();
        BackgroundTask.of(() -> Files.writeString(file, services.icsExporter().export(entries), StandardCharsets.UTF_8))
                .titled("export " + file.getFileName())
                .onSuccess(p -> calendar.messageProperty().set("Exported " + entries.size() + " entries to " + file))
                .onFailure(e -> calendar.messageProperty().set("Export failed: " + e.getMessage()))
                .runWith(runner);
    }

    /** Reads a CSV file of releases into a preview (nothing is saved yet). */
    public void previewCsv(Path file, Consumer<CsvReleasePreview> show) {
        Set<String> known = new HashSet<>(calendar.systems());
        known.remove(CalendarViewModel.ALL);
        BackgroundTask.of(() -> csv.preview(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), known))
                .titled("preview " + file.getFileName())
                .onSuccess(show)
                .onFailure(e -> calendar.messageProperty().set("Cannot read " + file + ": " + e.getMessage()))
                .runWith(runner);
    }

    /** Saves a clean preview in one transaction. */
    public void saveCsv(CsvReleasePreview preview) {
        BackgroundTask.of(() -> {
            services.workspaceService().requireCalendarEdit();
            return csv.save(preview, services.workspace(), services.evidence());
        })
                .titled("import " + preview.file())
                .onSuccess(saved -> done("Imported " + saved.size() + " releases from " + preview.file()))
                .onFailure(e -> calendar.messageProperty().set(e.getMessage()))
                .runWith(runner);
    }

    /** Stores a backup window, CAB meeting or freeze (replacing the one of the same name) and records it. */
    public void saveEntry(Object entry, String name) {
        BackgroundTask.of(() -> {
            services.workspaceService().requireCalendarEdit();
            services.evidence().commit(() -> store(entry), EvidenceLog.Entry.of("calendar.entry.saved", name, facts(entry)));
            return name;
        }).titled("save " + name)
                .onSuccess(n -> done("Saved " + n))
                .onFailure(e -> calendar.messageProperty().set("Could not save " + name + ": " + e.getMessage()))
                .runWith(runner);
    }

    private void store(Object entry) {
        if (entry instanceof BackupWindow w) {
            services.workspace().merge(new Workspace(List.of(), List.of(), List.of(w), List.of(), List.of(), List.of()));
        } else if (entry instanceof CabMeeting m) {
            services.workspace().merge(new Workspace(List.of(), List.of(), List.of(), List.of(m), List.of(), List.of()));
        } else if (entry instanceof Freeze f) {
            services.workspace().saveFreeze(f);
        } else {
            throw new IllegalArgumentException("not a calendar entry: " + entry);
        }
    }

    private static Map<String, Object> facts(Object entry) {
        Recurrence when = RecurringEntryFormViewModel.recurrenceOf(entry);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", entry.getClass().getSimpleName());
        facts.put("start", when.start().toString());
        facts.put("duration", when.duration().toString());
        facts.put("zone", when.zone().getId());
        facts.put("rrule", when.rrule());
        facts.put("exdates", when.exdates().stream().map(Object::toString).toList());
        return facts;
    }

    private void done(String text) {
        calendar.messageProperty().set(text);
        calendar.refresh();
    }
}
