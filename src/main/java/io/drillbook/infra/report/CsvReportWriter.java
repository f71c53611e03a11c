package io.drillbook.infra.report;

import io.drillbook.core.report.AuditReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** One RFC 4180 CSV file per record kind ({@code drills.csv}, {@code events.csv}, ...), UTF-8. */
public final class CsvReportWriter {

    /** File name to content, sorted by name. */
    public SortedMap<String, byte[]> files(AuditReport report) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (ReportRows.Table t : ReportRows.tables(report)) {
            files.put(t.stem() + ".csv", new Csv(t.header()).rows(t.rows()).toString().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Writes every file into {@code folder}, creating it. */
    public Path write(AuditReport report, Path folder) throws IOException {
        io.drillbook.core.evidence.OwnerOnlyFiles.createDirectories(folder);
        for (Map.Entry<String, byte[]> f : files(report).entrySet()) {
            io.drillbook.core.evidence.OwnerOnlyFiles.write(folder.resolve(f.getKey()), f.getValue());
        }
        return folder;
    }
}
