package io.drillbook.core.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Writes the report of a scope in one format; the console and the CLI both export through this. */
public interface ReportExporter {
    /** The report of {@code scope} as data, as of the chain's head. */
    AuditReport build(ReportScope scope);


    /**
     * @param out  the file to write (a folder for CSV)
     * @param asOf the report's time; empty: the chain head's time (never the wall clock)
     * @return the path written
     */
    Path export(ReportScope scope, ReportFormat format, Path out, Optional<Instant> asOf);

    default Path export(ReportScope scope, ReportFormat format, Path out) {
        return export(scope, format, out, Optional.empty());
    }
}
