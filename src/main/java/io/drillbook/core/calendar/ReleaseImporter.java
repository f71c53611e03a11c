package io.drillbook.core.calendar;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Release;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.util.List;
import java.util.Set;

/** Imports releases from a table (CSV) through a preview that lists each row's problems; saves only a clean preview. */
public interface ReleaseImporter {
    /** Reads {@code text} of {@code file}; systems not in {@code knownSystems} are problems. Saves nothing. */
    CsvReleasePreview preview(String file, String text, Set<String> knownSystems);

    /** Saves a clean preview's releases and their evidence in one transaction. */
    List<Release> save(CsvReleasePreview preview, WorkspaceRepository workspace, EvidenceLog evidence);
}
