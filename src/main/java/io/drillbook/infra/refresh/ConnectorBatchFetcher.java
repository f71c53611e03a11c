package io.drillbook.infra.refresh;

import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.NamingRule;
import io.drillbook.core.connect.ObjectStore;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.RemoteShellFactory;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.inventory.BackupImporter;
import io.drillbook.core.inventory.BatchFetcher;
import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.ImportOptions;
import io.drillbook.core.inventory.ObjectKeyBatch;
import io.drillbook.core.inventory.ParsedBatch;
import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import io.drillbook.infra.importers.Importers;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads refresh sources through the connectors: a command source runs its listing command over
 * its connection profile (the local profile included) and hands the full captured stdout file to
 * the importer of its format; an S3 source lists its storage profile's prefix.
 */
public final class ConnectorBatchFetcher implements BatchFetcher {
    private final Function<String, Optional<ConnectionProfile>> profiles;
    private final RemoteShellFactory shells;
    private final Function<String, Optional<StorageProfile>> storageProfiles;
    private final Function<StorageProfile, ObjectStore> objectStores;
    private final Path outputDir;

    public ConnectorBatchFetcher(Function<String, Optional<ConnectionProfile>> profiles, RemoteShellFactory shells,
                                 Function<String, Optional<StorageProfile>> storageProfiles,
                                 Function<StorageProfile, ObjectStore> objectStores, Path outputDir) {
        this.profiles = profiles;
        this.shells = shells;
        this.storageProfiles = storageProfiles;
        this.objectStores = objectStores;
        this.outputDir = outputDir;
    }

    @Override
    public ParsedBatch fetch(RefreshSource source, ProgressListener progress, CancellationToken cancel) throws ImportException {
        return source.kind() == RefreshSource.Kind.S3 ? listPrefix(source, progress, cancel) : runCommand(source, progress, cancel);
    }

    private ParsedBatch runCommand(RefreshSource source, ProgressListener progress, CancellationToken cancel) throws ImportException {
        BackupImporter importer = Importers.byFormat(source.format()).orElseThrow(() -> new IllegalArgumentException(
                "refresh source " + source.name() + ": no importer for format '" + source.format() + "' (known: " + Importers.formats() + ")"));
        ConnectionProfile profile = profiles.apply(source.profile()).orElseThrow(() -> new IllegalArgumentException(
                "refresh source " + source.name() + ": no connection profile named '" + source.profile() + "'"));
        progress.progress(0, -1, "running " + source.command() + " on " + profile.address());
        CommandResult result;
        try (RemoteShell shell = shells.open(profile)) {
            result = shell.run(CommandRequest.of(source.command(), outputDir), OutputListener.NONE, cancel);
        }
        if (!result.succeeded()) {
            throw new IllegalStateException(result.command() + " on " + profile.address() + ": " + result.outcome()
                    + firstLine(result.stderr().head()));
        }
        progress.progress(1, 1, "importing " + result.stdout().file());
        return importer.parse(result.stdout().file(), ImportOptions.forTarget(source.target()));
    }

    private ParsedBatch listPrefix(RefreshSource source, ProgressListener progress, CancellationToken cancel) {
        StorageProfile profile = storageProfiles.apply(source.profile()).orElseThrow(() -> new IllegalArgumentException(
                "refresh source " + source.name() + ": no storage profile named '" + source.profile() + "'"));
        String pattern = source.namingRule().isBlank() ? profile.namingRule() : source.namingRule();
        NamingRule rule = new NamingRule(pattern);
        try (ObjectStore store = objectStores.apply(profile)) {
            return ObjectKeyBatch.of(profile, rule, store.list(profile.prefix(), progress, cancel));
        }
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "" : ": " + line;
    }
}
