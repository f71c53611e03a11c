package io.drillbook.app.settings;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionProfileRepository;
import io.drillbook.core.connect.ConnectionTester;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.KnownHostsStore;
import io.drillbook.core.connect.RecordedHostKeyDecision;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.workspace.PinsAndSecretsStore;
import io.drillbook.core.connect.ObjectStore;
import io.drillbook.core.connect.RemoteShellFactory;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.connect.StorageProfileRepository;
import io.drillbook.core.workspace.PinnedHostKeys;
import io.drillbook.infra.s3.S3ObjectStore;
import io.drillbook.infra.secrets.ReferencedSecretPrompt;
import io.drillbook.infra.secrets.SecretResolver;
import io.drillbook.infra.ssh.DrillbookKnownHosts;
import io.drillbook.infra.ssh.SshConnector;
import io.drillbook.infra.ssh.SshjConnectionTester;
import io.drillbook.infra.ssh.SshjRemoteShellFactory;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ways out to real infrastructure, for one front end: the console passes dialogs as host-key
 * decision and secret prompt, the CLI passes {@code --accept-host-key} and standard input.
 * The profile named {@value #LOCAL} always exists and runs commands on this machine.
 */
public record Connectors(ConnectionProfileRepository profiles, StorageProfileRepository storageProfiles,
                         KnownHostsStore knownHosts, RemoteShellFactory shells, ConnectionTester tester) {

    public static final String LOCAL = "local";

    static Connectors create(ConnectionProfileRepository profiles, StorageProfileRepository storageProfiles,
                             PinsAndSecretsStore pinsAndSecrets, EvidenceLog evidence, Path dataDir,
                             HostKeyDecision frontEndDecision, SecretPrompt frontEndPrompt) {
        // the workspace's pinned fingerprints and secret references answer first; the front end for the rest;
        // every trust or refusal is recorded as evidence
        HostKeyDecision decision = new RecordedHostKeyDecision(
                PinnedHostKeys.decideWith(pinsAndSecrets::pins, frontEndDecision), evidence);
        SecretPrompt prompt = new ReferencedSecretPrompt(profiles::all, pinsAndSecrets::secret,
                new SecretResolver(), frontEndPrompt);
        DrillbookKnownHosts knownHosts = new DrillbookKnownHosts(dataDir.resolve("known_hosts"));
        Path userKnownHosts = Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
        Connectors partial = new Connectors(profiles, storageProfiles, knownHosts, null, null);
        SshConnector connector = new SshConnector(userKnownHosts, knownHosts, decision, prompt, partial::profile);
        return new Connectors(profiles, storageProfiles, knownHosts,
                new SshjRemoteShellFactory(connector), new SshjConnectionTester(connector, decision));
    }

    /** A connection profile by name; {@value #LOCAL} is built in unless the workspace defines it. */
    public Optional<ConnectionProfile> profile(String name) {
        Optional<ConnectionProfile> stored = profiles.find(name);
        return stored.isPresent() || !LOCAL.equals(name) ? stored : Optional.of(ConnectionProfile.local(LOCAL));
    }

    public Optional<StorageProfile> storage(String name) {
        return storageProfiles.find(name);
    }

    public Function<StorageProfile, ObjectStore> objectStores() {
        return S3ObjectStore::forProfile;
    }
}
