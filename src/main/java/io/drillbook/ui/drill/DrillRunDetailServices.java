package io.drillbook.ui.drill;

import io.drillbook.core.drill.DrillRunHistory;
import io.drillbook.core.drill.KeptOutputs;
import io.drillbook.core.report.ReportExporter;
import io.drillbook.ui.common.TaskRunner;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * What the drill run detail view reads, from the composition root.
 *
 * @param exporter  writes the evidence bundle of a run's target and days; null: no export here
 * @param exportDir where "Export evidence" writes
 */
public record DrillRunDetailServices(DrillRunHistory history, KeptOutputs outputs, ReportExporter exporter, Path exportDir,
                                     ZoneId zone, TaskRunner tasks) {
}
