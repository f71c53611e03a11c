package io.drillbook.app;

import io.drillbook.core.workspace.DemoWorkspace;
import io.drillbook.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** Puts the demo workspace into an empty store so a new user sees something on every screen. */
final class DemoSeeder {
    private static final Logger LOGGER = LoggerFactory.getLogger(DemoSeeder.class);

    private final AppContext context;

    DemoSeeder(AppContext context) {
        this.context = context;
    }

    boolean seedIfEmpty() {
        if (!context.workspaceService().isEmpty()) {
            return false;
        }
        long started = System.nanoTime();
        Workspace demo = DemoWorkspace.create(context.clock());
        context.workspaceService().importWorkspace(demo, "demo workspace");
        context.evidenceLog().record("workspace.seeded", "demo", Map.of("systems", demo.systems().size()));
        LOGGER.info("Demo workspace created in {} ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
