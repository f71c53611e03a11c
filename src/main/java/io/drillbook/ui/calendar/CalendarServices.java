package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.CalendarExporter;
import io.drillbook.core.calendar.CalendarImporter;
import io.drillbook.core.calendar.ConflictDetector;
import io.drillbook.core.calendar.GateService;
import io.drillbook.core.calendar.RecurrenceExpander;
import io.drillbook.core.calendar.ReleaseImporter;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.core.workspace.WorkspaceService;

import java.time.Clock;

/** What the calendar screen needs from the composition root, in one value. */
public record CalendarServices(WorkspaceRepository workspace, WorkspaceService workspaceService, EvidenceLog evidence,
                               RecurrenceExpander expander, ConflictDetector conflicts, GateService gates,
                               CalendarImporter icsImporter, CalendarExporter icsExporter, ReleaseImporter csvImporter,
                               Clock clock) {
}
