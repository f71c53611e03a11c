package io.drillbook.infra.report;

import io.drillbook.core.report.AuditReport;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The report as one canonical JSON document (sorted keys, ISO-8601 times and durations), described
 * by {@code docs/report.schema.json}. The same report always gives the same bytes.
 */
public final class JsonReportWriter {
    /** Names the document's shape; changes when the schema does. */
    public static final String FORMAT = "drillbook.report/2";

    public byte[] write(AuditReport report) {
        return (ExportRedaction.canonicalJson(Map.of("format", FORMAT, "report", report)) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
