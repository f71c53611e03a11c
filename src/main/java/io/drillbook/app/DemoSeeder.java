package io.drillbook.app;

import io.drillbook.core.inventory.DemoBackupHistory;
import io.drillbook.core.workspace.DemoWorkspace;
import io.drillbook.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** Puts the demo workspace into an empty store so a new user sees something on every screen. */
final class DemoSeeder {
    private static final Logger LOGGER = LoggerFactory.getLogger(DemoSeeder.class);

    /** The same demo history on every first start. */
    static final long SEED = 20261121L;

    private final AppContext context;

    DemoSeeder(AppContext context) {
        this.context = context;
    }

    boolean seedIfEmpty() {
        if (!context.calendar().workspaceService().isEmpty()) {
            return false;
        }
        long started = System.nanoTime();
        Workspace demo = DemoWorkspace.create(context.platform().clock());
        context.calendar().workspaceService().importWorkspace(demo, "demo workspace");
        DemoBackupHistory.History history = DemoBackupHistory.generate(demo.policies(), context.platform().clock(), SEED);
        context.inventory().backupRepository().addAll(history.backups());
        history.drills().forEach(context.drills().drillRunRepository()::save);
        DemoPlaybook.install(context.playbooks().playbookLibrary(), demoPlaybookFolder(context));
        new DemoDrills(context).seed();
        context.platform().evidenceLog().record("workspace.seeded", "demo", Map.of("systems", demo.systems().size(),
                "backups", history.backups().size(), "drills", history.drills().size()));
        LOGGER.info("Demo workspace created in {} ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Where the demo playbook's "service" lives: under the data folder, so it runs on this machine at once. */
    static java.nio.file.Path demoPlaybookFolder(AppContext context) {
        return context.platform().config().dataDir().resolve("demo").resolve("rollback-demo");
    }
}
