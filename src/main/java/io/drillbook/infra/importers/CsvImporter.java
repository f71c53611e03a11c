package io.drillbook.infra.importers;

import io.drillbook.core.inventory.BackupImporter;
import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.ImportOptions;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CSV with a header row. Columns (any order, case-insensitive): {@code id, started, status}
 * required; {@code completed, size, system, env, checksum, location, encrypted, immutable_until}
 * optional. Rows without system/env go to the default target. Times without a zone are read in
 * the caller's zone.
 */
public final class CsvImporter implements BackupImporter {
    private static final Set<String> KNOWN = Set.of("id", "started", "completed", "status", "size", "system", "env",
            "checksum", "location", "encrypted", "immutable_until");
    private static final Set<String> REQUIRED = Set.of("id", "started", "status");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public BackupSource source() {
        return BackupSource.CSV;
    }

    @Override
    public ParsedBatch parse(Path file, ImportOptions options) throws ImportException {
        SourceFile source = SourceFile.read(file);
        List<CsvLines.Line> lines = CsvLines.read(source);
        if (lines.isEmpty()) {
            throw new ImportException(source.name(), 1, 1, "the file is empty: a header row is required");
        }
        Map<String, Integer> header = header(source, lines.get(0));
        BatchBuilder batch = new BatchBuilder(source, BackupSource.CSV, options);
        for (CsvLines.Line line : lines.subList(1, lines.size())) {
            new CsvRow(source, header, line, options.zone()).read(batch);
        }
        return batch.build();
    }

    private static Map<String, Integer> header(SourceFile file, CsvLines.Line line) throws ImportException {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < line.fields().size(); i++) {
            CsvLines.Field f = line.fields().get(i);
            String name = f.text().toLowerCase(Locale.ROOT).replace("environment", "env");
            if (!KNOWN.contains(name)) {
                throw new ImportException(file.name(), line.number(), f.column(), "unknown column '" + f.text()
                        + "' (known: " + String.join(", ", KNOWN.stream().sorted().toList()) + ")");
            }
            if (header.put(name, i) != null) {
                throw new ImportException(file.name(), line.number(), f.column(), "column '" + name + "' appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!header.containsKey(required)) {
                throw new ImportException(file.name(), line.number(), 1, "the header lacks the required column '" + required + "'");
            }
        }
        return header;
    }

    /** One data row, read against the header. */
    private record CsvRow(SourceFile file, Map<String, Integer> header, CsvLines.Line line, java.time.ZoneId zone) {

        void read(BatchBuilder batch) throws ImportException {
            if (line.fields().size() != header.size()) {
                throw error(1, "expected " + header.size() + " fields, found " + line.fields().size());
            }
            BackupStatus status = status();
            Instant started = time("started");
            Instant completed = optional("completed").isEmpty() ? null : time("completed");
            Optional<SystemEnv> target = target(batch);
            if (target.isEmpty()) {
                batch.reject("line " + line.number(), "no system/env in the row and no --system/--env given");
                return;
            }
            try {
                batch.add(new Backup(target.get(), BackupSource.CSV, text("id"), started, completed, status, size(),
                        optional("checksum"), optional("location"), Boolean.parseBoolean(optional("encrypted")),
                        optional("immutable_until").isEmpty() ? null : time("immutable_until"), false));
            } catch (IllegalArgumentException e) {
                throw error(field("id").column(), e.getMessage());
            }
        }

        private Optional<SystemEnv> target(BatchBuilder batch) throws ImportException {
            String system = optional("system");
            String env = optional("env");
            if (system.isEmpty() && env.isEmpty()) {
                return Optional.ofNullable(batch.options().defaultTarget());
            }
            try {
                return Optional.of(new SystemEnv(system, env));
            } catch (IllegalArgumentException e) {
                throw error(field(system.isEmpty() || !header.containsKey("env") ? "system" : "env").column(), e.getMessage());
            }
        }

        private BackupStatus status() throws ImportException {
            String text = text("status");
            try {
                return BackupStatus.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(field("status").column(), "unknown status '" + text + "' (succeeded, failed, partial, running)");
            }
        }

        private long size() throws ImportException {
            String text = optional("size");
            try {
                return text.isEmpty() ? -1 : Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw error(field("size").column(), "size '" + text + "' is not a whole number of bytes");
            }
        }

        private Instant time(String column) throws ImportException {
            try {
                return Times.parse(text(column), zone);
            } catch (IllegalArgumentException e) {
                throw error(field(column).column(), column + ": " + e.getMessage());
            }
        }

        private String text(String column) throws ImportException {
            String value = optional(column);
            if (value.isEmpty()) {
                throw error(field(column).column(), "the required column '" + column + "' is empty");
            }
            return value;
        }

        private String optional(String column) {
            Integer index = header.get(column);
            return index == null ? "" : line.fields().get(index).text();
        }

        private CsvLines.Field field(String column) {
            return line.fields().get(header.getOrDefault(column, 0));
        }

        private ImportException error(int column, String problem) {
            return new ImportException(file.name(), line.number(), column, problem);
        }
    }
}
