package io.drillbook.app.settings;

import io.drillbook.app.inventory.InventoryModule;
import io.drillbook.app.platform.DatabaseChoice;
import io.drillbook.app.platform.Platform;

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
 * and secrets), and starts the scheduled inventory refresh, which the inventory module stops on close.
 */
public final class SettingsScreens {
    private static final Logger LOGGER = LoggerFactory.getLogger(SettingsScreens.class);

    private SettingsScreens() {
    }

    public static SettingsScreen screen(Platform platform, SettingsModule module, InventoryModule inventory, TaskRunner runner) {
        Connectors connectors = ConsoleConnectors.of(module);
        SettingsService settings = module.settingsService(connectors);
        InventoryRefresher refresher = inventory.inventoryRefresher(connectors);
        RefreshSchedule schedule = inventory.startRefreshSchedule(refresher);
        SettingsViewModels models = new SettingsViewModels(
                new ConnectionProfilesViewModel(settings, connectors.profiles(), connectors.tester(), runner),
                new StorageProfilesViewModel(settings, connectors.storageProfiles(), connectors.objectStores(), runner,
                        FxTaskRunner::onFxThread),
                new KnownHostsViewModel(connectors.knownHosts(), settings, runner),
                new RefreshSourcesViewModel(settings, refresher, schedule::start, runner, FxTaskRunner::onFxThread),
                new DatabaseViewModel(new JdbcDatabaseProbe(), new SecretDialog(ConsoleConnectors::focusedWindow),
                        new DatabaseChoice(platform.config().dataDir())::use, runner));
        return new SettingsScreen(facts(platform), models, Importers.formats(), path -> open(path, runner));
    }

    private static Map<String, String> facts(Platform platform) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Operator", platform.config().operator());
        facts.put("Data folder", platform.config().dataDir().toString());
        facts.put("Database", platform.database().describe());
        facts.put("Log file", platform.config().logDir().resolve("drillbook.log").toString());
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
