package io.drillbook.core.calendar;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Imports calendar files all or nothing, in two steps: a preview that decides each event's kind
 * (changeable), then the entries of the chosen kinds. Any problem means nothing is stored.
 */
public interface CalendarImporter {
    IcsImportOptions options();

    /** The same importer reading with {@code options} (zone, kind, mapping, known names). */
    CalendarImporter withOptions(IcsImportOptions options);

    /** The entries of {@code file} with the kinds the preview decides; stores nothing. */
    CalendarEntries read(Path file);

    /** Reads and checks every event of {@code file}; stores nothing. */
    ImportPreview preview(Path file);

    /** The entries of the preview's (possibly changed) kinds; throws {@link IcsImportException} listing every problem. */
    CalendarEntries entries(ImportPreview preview);

    /** A zone as calendar programs name it (IANA, or Outlook's Windows names); names it when unknown. */
    ZoneId zone(String name);

    /** Reads a mapping file (YAML) of events to kinds and targets; problems name file, line and column. */
    CalendarMapping readMapping(Path file);

    /** Stores the preview's entries with their evidence, all or nothing. */
    CalendarEntries store(ImportPreview preview, WorkspaceRepository workspace, EvidenceLog evidence);
}
