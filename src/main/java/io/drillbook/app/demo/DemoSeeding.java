package io.drillbook.app.demo;

import io.drillbook.app.AppContext;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.inventory.DemoBackupHistory;
import io.drillbook.core.model.Backup;
import io.drillbook.core.team.Authorizer;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.infra.demo.DemoAssets;
import io.drillbook.infra.demo.DemoManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Puts the demo workspace of assets/demo into an empty embedded store in two parts: the workspace
 * itself (systems, calendar, plans, playbook: fast, before the first screen) and its history (a
 * generated year of backups and drills, past drills and a playbook run replayed through the real
 * runners: behind the first screen). The history's last act records {@value #DONE}; a store that has
 * the workspace but not that event gets its history on the next start, so an interrupted first
 * start is finished, never repeated.
 */
public final class DemoSeeding {
    private static final Logger LOGGER = LoggerFactory.getLogger(DemoSeeding.class);
    /** The evidence event that marks the demo as complete. */
    public static final String DONE = "workspace.seeded";
    private static final String STARTED = "demo.workspace";

    private final AppContext ctx;
    private final DemoFiles files;
    private DemoManifest manifest;

    public DemoSeeding(AppContext ctx) {
        this.ctx = ctx;
        this.files = new DemoFiles(ctx.platform().config().dataDir());
    }

    /** The manifest, read when first needed (a start with a complete demo never needs it). */
    private synchronized DemoManifest manifest() {
        if (manifest == null) {
            manifest = DemoAssets.manifest();
        }
        return manifest;
    }

    /** Where the demo playbook's "service" lives: under the data folder, so it runs on this machine at once. */
    public static Path playbookFolder(AppContext ctx) {
        return new DemoFiles(ctx.platform().config().dataDir()).dir().resolve("rollback-demo");
    }

    /** The workspace, plans, playbook and the demo's own backups, when the store is empty; true when it was. */
    public boolean seedWorkspaceIfEmpty() {
        if (ctx.platform().database().isPostgres() || !ctx.calendar().workspaceService().isEmpty()) {
            return false;
        }
        long started = System.nanoTime();
        DemoManifest manifest = manifest();
        files.copyAll(manifest);
        Workspace demo = DemoAssets.workspace(ctx.platform().clock());
        ctx.calendar().workspaceService().importWorkspace(demo, "demo workspace");
        Map<String, String> values = files.values();
        manifest.drillPlans().forEach(p -> ctx.drills().drillPlanLibrary(Authorizer.UNRESTRICTED)
                .save(DemoAssets.drillPlanText(p, values), "demo workspace", "drillbook"));
        manifest.playbooks().forEach(p -> ctx.playbooks().playbookLibrary().save(DemoAssets.playbook(p, values), "demo"));
        ctx.inventory().backupRepository().addAll(ownBackups(manifest));
        ctx.platform().evidenceLog().record(STARTED, "demo", Map.of("systems", demo.systems().size(), "releases", demo.releases().size()));
        LOGGER.info("Demo workspace created in {} ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** True when the demo workspace is in the store but its history is not (yet). */
    public boolean historyPending() {
        return !ctx.platform().database().isPostgres() && has(STARTED) && !has(DONE);
    }

    /** The generated year, the replayed past runs, and the {@value #DONE} mark. */
    public void seedHistory() {
        long started = System.nanoTime();
        DemoManifest manifest = manifest();
        DemoManifest.History rules = manifest.history();
        DemoBackupHistory.History history = DemoBackupHistory.generate(ctx.platform().workspaceRepository().policies(), ctx.platform().clock(),
                new DemoBackupHistory.Rules(rules.seed(), rules.breachDaysAgo(), rules.breachDays()));
        io.drillbook.app.StartupProbe.mark("history-generated");
        ctx.inventory().backupRepository().addAll(history.backups());
        io.drillbook.app.StartupProbe.mark("history-backups-inserted");
        history.drills().forEach(ctx.drills().drillRunRepository()::save);
        PastRuns past = new PastRuns(ctx, manifest, files);
        io.drillbook.app.StartupProbe.mark("history-drills-saved");
        int drills = past.replayDrills();
        io.drillbook.app.StartupProbe.mark("past-drills-replayed");
        int runs = past.replayPlaybookRuns();
        ctx.platform().evidenceLog().record(DONE, "demo", Map.of("systems", ctx.platform().workspaceRepository().systems().size(),
                "backups", history.backups().size(), "drills", history.drills().size() + drills, "playbookRuns", runs));
        LOGGER.info("Demo history created in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Both parts at once (headless commands, tests, the console behind its first screen); true when the store was empty. */
    public boolean seedAllIfEmpty() {
        boolean seeded = seedWorkspaceIfEmpty();
        if (seeded || historyPending()) {
            seedHistory();
        }
        return seeded;
    }

    /**
     * The demo SQL drill runs a tool on this program's class path, stored as absolute paths when it
     * was seeded. When one of them no longer exists (the jar was moved or rebuilt elsewhere), the
     * plans are saved again from their files with the paths of the running program.
     */
    public void repairToolPaths() {
        Map<String, String> values = files.values();
        for (String file : manifest().drillPlans()) {
            String fresh = DemoAssets.drillPlanText(file, values);
            String name = io.drillbook.infra.drill.DrillPlanYaml.read(fresh, file).name();
            ctx.drills().drillPlanLibrary().plan(name).ifPresent(plan -> {
                String java = plan.parameters().getOrDefault("java", "");
                String classpath = plan.parameters().getOrDefault("classpath", "");
                if (plan.parameters().containsKey("classpath") && broken(java, classpath)) {
                    ctx.drills().drillPlanLibrary(Authorizer.UNRESTRICTED).save(fresh, "demo tool paths of this program", "drillbook");
                }
            });
        }
    }

    private static boolean broken(String javaCommand, String classpath) {
        return classpath.isEmpty() || !Files.isExecutable(Path.of(javaCommand))
                || Arrays.stream(classpath.split(File.pathSeparator)).anyMatch(e -> !Path.of(e).isAbsolute() || !Files.exists(Path.of(e)));
    }

    private List<Backup> ownBackups(DemoManifest manifest) {
        Instant now = ctx.platform().clock().instant();
        List<Backup> out = new ArrayList<>();
        for (DemoManifest.DemoBackup b : manifest.backups()) {
            out.add(files.backup(b, b.id(), files.dir().resolve(b.path()), now.minus(b.completedAgo())));
        }
        return out;
    }

    private boolean has(String kind) {
        return !ctx.platform().evidenceRepository().find(EvidenceQuery.all(1).withKindPrefix(kind)).isEmpty();
    }
}
