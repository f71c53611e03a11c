package io.drillbook.app;

import io.drillbook.core.inventory.InventoryRefresher;
import io.drillbook.core.inventory.RefreshSchedule;
import io.drillbook.core.settings.SettingsService;
import io.drillbook.infra.importers.Importers;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.infra.db.JdbcDatabaseProbe;
import io.drillbook.ui.common.SecretDialog;
import io.drillbook.ui.settings.ConnectionProfilesViewModel;
import io.drillbook.ui.settings.DatabaseViewModel;
import io.drillbook.ui.settings.KnownHostsViewModel;
import io.drillbook.ui.settings.RefreshSourcesViewModel;
import io.drillbook.ui.settings.SettingsScreen;
import io.drillbook.ui.settings.SettingsViewModels;
import io.drillbook.ui.settings.StorageProfilesViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the Settings screen for the console with the console's connectors (dialogs for host keys
 * and secrets), and starts the scheduled inventory refresh, which the context stops on close.
 */
final class SettingsWiring {
    private static final Logger LOGGER = LoggerFactory.getLogger(SettingsWiring.class);

    private SettingsWiring() {
    }

    static SettingsScreen screen(AppContext ctx, TaskRunner runner) {
        Connectors connectors = ConsoleConnectors.of(ctx);
        SettingsService settings = ctx.settingsService(connectors);
        InventoryRefresher refresher = ctx.inventoryRefresher(connectors);
        RefreshSchedule schedule = ctx.startRefreshSchedule(refresher);
        SettingsViewModels models = new SettingsViewModels(
                new ConnectionProfilesViewModel(settings, connectors.profiles(), connectors.tester(), runner),
                new StorageProfilesViewModel(settings, connectors.storageProfiles(), connectors.objectStores(), runner,
                        FxTaskRunner::onFxThread),
                new KnownHostsViewModel(connectors.knownHosts(), settings, runner),
                new RefreshSourcesViewModel(settings, refresher, schedule::start, runner, FxTaskRunner::onFxThread),
                new DatabaseViewModel(new JdbcDatabaseProbe(), new SecretDialog(ConsoleConnectors::focusedWindow),
                        new DatabaseChoice(ctx.config().dataDir())::use, runner));
        return new SettingsScreen(facts(ctx), models, Importers.formats(), path -> open(path, runner));
    }

    private static Map<String, String> facts(AppContext ctx) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Operator", ctx.config().operator());
        facts.put("Data folder", ctx.config().dataDir().toString());
        facts.put("Database", ctx.database().describe());
        facts.put("Log file", ctx.config().logDir().resolve("drillbook.log").toString());
        return facts;
    }

    private static void open(Path path, TaskRunner runner) {
        BackgroundTask.of(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new IOException("this desktop cannot open files; copy the path instead");
            }
            Desktop.getDesktop().open(path.toFile());
            return path;
        }).titled("open " + path).onFailure(e -> LOGGER.warn("Cannot open {}: {}", path, e.getMessage())).runWith(runner);
    }
}
