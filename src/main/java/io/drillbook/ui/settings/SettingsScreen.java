package io.drillbook.ui.settings;

import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Settings: connection profiles (with a connection test), storage profiles (with a naming-rule
 * preview on real objects), Drillbook's trusted host keys, inventory refresh sources, and where
 * things are. Changes need the right to edit profiles and are evidence.
 */
public final class SettingsScreen implements Screen {
    private final Map<String, String> facts;
    private final SettingsViewModels models;
    private final List<String> importFormats;
    private final Consumer<Path> opener;
    private Node view;

    /**
     * @param facts         label to value, shown read-only and copyable (operator, folders, database without password)
     * @param importFormats the importer formats a command refresh source can name
     * @param opener        shows a folder or file in the desktop's file manager
     */
    public SettingsScreen(Map<String, String> facts, SettingsViewModels models, List<String> importFormats, Consumer<Path> opener) {
        this.facts = new LinkedHashMap<>(facts);
        this.models = models;
        this.importFormats = List.copyOf(importFormats);
        this.opener = opener;
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String title() {
        return "Settings";
    }

    @Override
    public String icon() {
        return "fth-settings";
    }

    @Override
    public Node view() {
        if (view == null) {
            TabPane tabs = new TabPane(
                    tab("settings-tab-connections", "Connection profiles", new ConnectionProfilesView(models.connections())),
                    tab("settings-tab-storage", "Storage profiles", new StorageProfilesView(models.storage())),
                    tab("settings-tab-known-hosts", "Known host keys", new KnownHostsView(models.knownHosts())),
                    tab("settings-tab-refresh", "Inventory refresh", new RefreshSourcesView(models.refresh(), importFormats)),
                    tab("settings-tab-database", "Database", new DatabaseView(models.database(), facts.getOrDefault("Database", ""))),
                    tab("settings-tab-general", "General", new GeneralView(facts, Set.of("Data folder", "Log file"), opener)));
            tabs.setId("settings-tabs");
            tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
                if (tab != null && "settings-tab-known-hosts".equals(tab.getId())) {
                    models.knownHosts().load();
                }
            });
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            view = ScreenLayout.of("Settings", tabs);
        }
        return view;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    @Override
    public void refresh() {
        models.connections().load();
        models.storage().load();
        models.knownHosts().load();
        models.refresh().load();
    }

    /** Shows the tab with {@code tabId}, e.g. {@code settings-tab-refresh} (the overview's links). */
    public void showTab(String tabId) {
        if (view() instanceof javafx.scene.Parent parent && parent.lookup("#settings-tabs") instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
        }
    }
}
