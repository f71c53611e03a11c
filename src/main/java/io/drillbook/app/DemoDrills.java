package io.drillbook.app;

import io.drillbook.app.settings.Connectors;
import io.drillbook.core.connect.Checksums;
import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.DrillCheck;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillStep;
import io.drillbook.core.drill.Expectation;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.infra.drill.DrillPlanYaml;
import io.drillbook.infra.drill.H2DemoTool;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Two drill plans a new user can run at once on the built-in {@code local} profile, with the small
 * backups they restore written under the data folder: a directory of files (restored by copying,
 * checked against its SHA-256 manifest) and a SQL dump (restored into a fresh embedded H2 database
 * by {@link H2DemoTool}, checked for schema version and row counts).
 */
final class DemoDrills {
    static final String FILES_PLAN = "demo: catalog files restore";
    static final String SQL_PLAN = "demo: payments database restore";
    static final SystemEnv CATALOG_PROD = new SystemEnv("catalog", "prod");
    static final SystemEnv PAYMENTS_PROD = new SystemEnv("payments", "prod");
    private static final String WORK = "${param.workDir}/run-${run.id}";

    private final AppContext context;
    private final Path demoDir;

    DemoDrills(AppContext context) {
        this.context = context;
        this.demoDir = context.platform().config().dataDir().toAbsolutePath().normalize().resolve("demo");
    }

    void seed() {
        try {
            Instant completed = context.platform().clock().instant().minus(Duration.ofMinutes(30));
            Backup files = fileBackup(completed);
            Backup dump = sqlBackup(completed);
            context.inventory().backupRepository().addAll(List.of(files, dump));
            Path work = Files.createDirectories(demoDir.resolve("restores"));
            save(filesPlan(work, files));
            save(sqlPlan(work, dump));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo drill backups under " + demoDir, e);
        }
    }

    /**
     * The demo SQL drill runs a tool on this program's class path, stored as absolute paths when it
     * was seeded. When one of them no longer exists (the jar was moved or rebuilt elsewhere), the
     * stored plan is saved again with the paths of the running program, so it works from anywhere.
     */
    void repairToolPaths() {
        context.drills().drillPlanLibrary().plan(SQL_PLAN).ifPresent(plan -> {
            String stored = plan.parameters().getOrDefault("classpath", "");
            String java = plan.parameters().getOrDefault("java", "");
            boolean broken = stored.isEmpty() || !Files.isExecutable(Path.of(java)) || Arrays.stream(stored.split(File.pathSeparator))
                    .anyMatch(e -> !Path.of(e).isAbsolute() || !Files.exists(Path.of(e)));
            if (broken && plan.parameters().containsKey("classpath")) {
                Map<String, String> params = new TreeMap<>(plan.parameters());
                params.put("java", javaCommand());
                params.put("classpath", absoluteClassPath());
                context.drills().drillPlanLibrary().save(DrillPlanYaml.write(new DrillPlan(plan.name(), plan.system(), plan.environment(),
                        plan.target(), plan.backup(), params, plan.steps(), plan.checks(), plan.cleanup(), plan.keepFullOutput(),
                        plan.backupOrigin(), plan.keepFailedTarget())), "demo tool paths of this program", "drillbook");
            }
        });
    }

    /** This program's class path with every entry absolute, so a command using it works from any directory. */
    static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).filter(e -> !e.isBlank())
                .map(e -> Path.of(e).toAbsolutePath().normalize().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath().toString();
    }

    private void save(DrillPlan plan) {
        context.drills().drillPlanLibrary(io.drillbook.core.team.Authorizer.UNRESTRICTED).save(DrillPlanYaml.write(plan), "demo workspace", "drillbook");
    }

    private Backup fileBackup(Instant completed) throws IOException {
        Path dir = Files.createDirectories(demoDir.resolve("backups").resolve("catalog-files"));
        Map<String, String> files = Map.of("products.csv", "sku,title\nSKU-1,Mug\nSKU-2,Lamp\n",
                "prices.csv", "sku,cents\nSKU-1,899\nSKU-2,4599\n", "README.txt", "Demo catalog export.\n");
        StringBuilder manifest = new StringBuilder();
        long size = 0;
        for (String name : files.keySet().stream().sorted().toList()) {
            Path file = Files.writeString(dir.resolve(name), files.get(name), StandardCharsets.UTF_8);
            manifest.append(Checksums.sha256(file)).append("  ").append(name).append('\n');
            size += Files.size(file);
        }
        Path manifestFile = Files.writeString(dir.resolve("MANIFEST.sha256"), manifest, StandardCharsets.UTF_8);
        return new Backup(CATALOG_PROD, BackupSource.LOCAL, "demo-catalog-files", completed.minusSeconds(40), completed,
                BackupStatus.SUCCEEDED, size, Checksums.sha256(manifestFile), dir.toString(), false, null, false);
    }

    private Backup sqlBackup(Instant completed) throws IOException {
        Path dump = Files.createDirectories(demoDir.resolve("backups")).resolve("payments-dump.sql");
        try (InputStream in = DemoDrills.class.getResourceAsStream("/io/drillbook/demo/ledger-dump.sql")) {
            Files.copy(in, dump, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new Backup(PAYMENTS_PROD, BackupSource.LOCAL, "demo-payments-dump", completed.minusSeconds(90), completed,
                BackupStatus.SUCCEEDED, Files.size(dump), Checksums.sha256(dump), dump.toString(), false, null, false);
    }

    private static DrillPlan filesPlan(Path work, Backup backup) {
        return new DrillPlan(FILES_PLAN, CATALOG_PROD.system(), CATALOG_PROD.environment(), Connectors.LOCAL,
                BackupSelection.id(backup.externalId()), Map.of("workDir", work.toString()),
                List.of(DrillStep.command("Create an empty restore folder", "mkdir " + WORK),
                        DrillStep.command("Restore the file backup", "cp -R ${backup.uri}/. " + WORK + "/")),
                List.of(DrillCheck.of("Manifest intact", "sha256sum " + WORK + "/MANIFEST.sha256",
                                Expectation.checksumEquals(backup.checksum())),
                        DrillCheck.of("Every file matches the manifest",
                                "cd " + WORK + " && sha256sum -c MANIFEST.sha256 | grep -c ': OK$'", Expectation.equalTo("3"))),
                List.of(DrillStep.command("Remove the restore folder", "rm -rf " + WORK)), false);
    }

    private static DrillPlan sqlPlan(Path work, Backup backup) {
        String tool = "${param.java} -cp ${param.classpath} " + H2DemoTool.class.getName();
        return new DrillPlan(SQL_PLAN, PAYMENTS_PROD.system(), PAYMENTS_PROD.environment(), Connectors.LOCAL,
                BackupSelection.id(backup.externalId()), Map.of("workDir", work.toString(),
                        "java", javaCommand(), "classpath", absoluteClassPath()),
                List.of(DrillStep.command("Create an empty database folder", "mkdir " + WORK),
                        DrillStep.command("Restore the SQL dump into a fresh H2 database",
                                tool + " restore " + WORK + " ${backup.uri}").withTimeout(Duration.ofMinutes(2)),
                        DrillStep.manual("Point the app config at the drill database",
                                "Imagine editing the payments service's drill config so it uses the restored database, then click Done.")),
                List.of(DrillCheck.of("Schema version", tool + " query " + WORK
                                + " 'select version from flyway_schema_history order by installed_rank desc limit 1'", Expectation.equalTo("4.1")),
                        DrillCheck.of("Orders present", tool + " query " + WORK + " 'select count(*) from orders'",
                                Expectation.atLeast(500)),
                        DrillCheck.of("Dump intact", "sha256sum ${backup.uri}", Expectation.checksumEquals(backup.checksum()))),
                List.of(DrillStep.command("Remove the drill database", "rm -rf " + WORK)), false);
    }
}
