package io.drillbook.core.report;

import java.nio.file.Path;

/** Writes the report of a scope in one format; the console and the CLI both export through this. */
public interface ReportExporter {

    /**
     * @param out the file to write (a folder for CSV)
     * @return the path written
     */
    Path export(ReportScope scope, ReportFormat format, Path out);
}
