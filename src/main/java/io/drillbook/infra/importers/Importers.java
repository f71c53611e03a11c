package io.drillbook.infra.importers;

import io.drillbook.core.inventory.BackupImporter;

import java.util.List;
import java.util.Optional;

/** Every importer Drillbook has, by the format name the CLI and UI use. */
public final class Importers {
    private static final List<BackupImporter> ALL = List.of(new ResticImporter(), new PgBackRestImporter(),
            new BorgImporter(), new VeleroImporter(), new AwsBackupImporter(), new CsvImporter());

    private Importers() {
    }

    public static List<BackupImporter> all() {
        return ALL;
    }

    public static Optional<BackupImporter> byFormat(String format) {
        return ALL.stream().filter(i -> i.format().equals(format)).findFirst();
    }

    public static List<String> formats() {
        return ALL.stream().map(BackupImporter::format).toList();
    }
}
