package io.drillbook.ui.settings;

import io.drillbook.core.connect.KnownHostKey;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.settings.SettingsService;
import io.drillbook.core.team.Authorizer;
import io.drillbook.testing.fakes.InMemoryConnectionProfileRepository;
import io.drillbook.testing.fakes.InMemoryEvidenceRepository;
import io.drillbook.testing.fakes.InMemoryKnownHosts;
import io.drillbook.testing.fakes.InMemoryRefreshSourceRepository;
import io.drillbook.testing.fakes.InMemoryStorageProfileRepository;

import java.time.Clock;

/** The settings service on in-memory profile stores, known hosts and evidence log. */
final class SettingsFakes {
    final InMemoryConnectionProfileRepository connections = new InMemoryConnectionProfileRepository();
    final InMemoryStorageProfileRepository storage = new InMemoryStorageProfileRepository();
    final InMemoryRefreshSourceRepository sources = new InMemoryRefreshSourceRepository();
    final InMemoryKnownHosts knownHosts = new InMemoryKnownHosts()
            .with(new KnownHostKey("[drill-sandbox.internal]:22", "ssh-ed25519", "SHA256:abc"))
            .with(new KnownHostKey("[drill-sandbox.internal]:22", "ssh-rsa", "SHA256:def"))
            .with(new KnownHostKey("[db.internal]:22", "ssh-ed25519", "SHA256:ghi"));
    final InMemoryEvidenceRepository evidence = new InMemoryEvidenceRepository();
    final EvidenceLog log = new EvidenceLog(evidence, Clock.systemUTC(), () -> "alice");
    final SettingsService settings = new SettingsService(connections, storage, knownHosts, sources, Authorizer.UNRESTRICTED, log,
            () -> "alice");
}
