package io.drillbook.core.settings;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionProfileRepository;
import io.drillbook.core.connect.KnownHostKey;
import io.drillbook.core.connect.KnownHostsStore;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.connect.StorageProfileRepository;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.core.inventory.RefreshSourceRepository;
import io.drillbook.core.evidence.Transactions;
import io.drillbook.core.workspace.PinnedHostKey;
import io.drillbook.core.workspace.PinsAndSecretsStore;
import io.drillbook.core.team.Action;
import io.drillbook.core.team.Authorizer;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Changes to connection and storage profiles, trusted host keys and inventory refresh sources.
 * Each needs {@link Action#EDIT_PROFILES} and is recorded as a {@code profile.*} event whose
 * payload describes the profile; profiles hold no secrets, and endpoints lose any user info.
 */
public final class SettingsService {
    private final ConnectionProfileRepository connections;
    private final StorageProfileRepository storage;
    private final KnownHostsStore knownHosts;
    private final RefreshSourceRepository refreshSources;
    private final Authorizer authorizer;
    private final EvidenceLog evidence;
    private final Supplier<String> operator;
    private PinsAndSecretsStore pins;
    private Transactions transactions = Transactions.SEPARATE;

    public SettingsService(ConnectionProfileRepository connections, StorageProfileRepository storage, KnownHostsStore knownHosts,
                           RefreshSourceRepository refreshSources, Authorizer authorizer, EvidenceLog evidence,
                           Supplier<String> operator) {
        this.connections = connections;
        this.storage = storage;
        this.knownHosts = knownHosts;
        this.refreshSources = refreshSources;
        this.authorizer = authorizer;
        this.evidence = evidence;
        this.operator = operator;
    }

    /** Pinned host keys and secret references; changes and their evidence commit in one transaction of {@code t}. */
    public SettingsService withPinsAndSecrets(PinsAndSecretsStore store, Transactions t) {
        this.pins = store;
        this.transactions = t;
        return this;
    }

    /**
     * Removes the connection or storage profile {@code name} (both, if both exist) with its secret
     * references; one {@code profile.*.deleted} event each, in the same transaction.
     */
    public boolean removeProfile(String name) {
        require();
        boolean[] removed = {false};
        transactions.inOne(() -> {
            if (connections.delete(name)) {
                evidence.record("profile.connection.deleted", name, Map.of("name", name));
                removed[0] = true;
            }
            if (storage.delete(name)) {
                evidence.record("profile.storage.deleted", name, Map.of("name", name));
                removed[0] = true;
            }
            if (removed[0] && pins != null) {
                pins.unbindAll(name);
            }
        });
        return removed[0];
    }

    /** The keys recorded in Drillbook's own known-hosts file. */
    public java.util.List<KnownHostKey> knownHostKeys() {
        return knownHosts.list();
    }

    /** Trusts {@code key}'s host by its fingerprint (replacing an earlier pin); evidence {@code profile.hostkey.pinned}. */
    public void pinHostKey(PinnedHostKey key) {
        require();
        transactions.inOne(() -> {
            pins.pin(key);
            evidence.record("profile.hostkey.pinned", key.hostPattern(), Map.of("fingerprint", key.fingerprint()));
        });
    }

    /**
     * Stops trusting {@code host:port}: its pin and every key of it in Drillbook's known-hosts file
     * go; the next connection checks (or asks) again. Returns how many pins and keys went.
     */
    public int forgetHost(String host, int port) {
        require();
        String pattern = port == 22 ? host : "[" + host + "]:" + port;
        int[] removed = {0};
        transactions.inOne(() -> {
            boolean unpinned = pins != null && pins.unpin(host, port);
            int keys = 0;
            for (KnownHostKey k : knownHosts.list()) {
                if (k.hostPattern().equals(pattern)) {
                    keys += knownHosts.remove(pattern, k.keyType());
                }
            }
            removed[0] = keys + (unpinned ? 1 : 0);
            if (removed[0] > 0) {
                evidence.record("profile.hostkey.removed", pattern, Map.of("pinRemoved", unpinned, "entries", keys));
            }
        });
        return removed[0];
    }

    public void saveConnection(ConnectionProfile profile) {
        require();
        String kind = connections.find(profile.name()).isPresent() ? "profile.connection.updated" : "profile.connection.created";
        evidence.commit(() -> connections.save(profile), EvidenceLog.Entry.of(kind, profile.name(), ProfilePayloads.of(profile)));
    }

    public boolean deleteConnection(String name) {
        return deleted(() -> connections.delete(nameChecked(name)), "profile.connection.deleted", name);
    }

    public void saveStorage(StorageProfile profile) {
        require();
        String kind = storage.find(profile.name()).isPresent() ? "profile.storage.updated" : "profile.storage.created";
        evidence.commit(() -> storage.save(profile), EvidenceLog.Entry.of(kind, profile.name(), ProfilePayloads.of(profile)));
    }

    public boolean deleteStorage(String name) {
        return deleted(() -> storage.delete(nameChecked(name)), "profile.storage.deleted", name);
    }

    public void saveRefreshSource(RefreshSource source) {
        require();
        String kind = refreshSources.find(source.name()).isPresent() ? "profile.refresh.updated" : "profile.refresh.created";
        evidence.commit(() -> refreshSources.save(source), EvidenceLog.Entry.of(kind, source.name(), ProfilePayloads.of(source)));
    }

    public boolean deleteRefreshSource(String name) {
        return deleted(() -> refreshSources.delete(nameChecked(name)), "profile.refresh.deleted", name);
    }

    /**
     * Stops trusting a host key Drillbook recorded; the next connection asks again. The key lives in
     * a file, outside the store's transactions, so its event is recorded after the file changed.
     */
    public int removeHostKey(KnownHostKey key) {
        require();
        int removed = knownHosts.remove(key.hostPattern(), key.keyType());
        if (removed > 0) {
            evidence.record("profile.hostkey.removed", key.hostPattern(),
                    Map.of("keyType", key.keyType(), "fingerprint", key.fingerprint(), "entries", removed));
        }
        return removed;
    }

    private String nameChecked(String name) {
        require();
        return name;
    }

    private boolean deleted(java.util.function.Supplier<Boolean> delete, String kind, String name) {
        return evidence.commit(delete, done -> done ? EvidenceLog.Entry.of(kind, name, Map.of("name", name)) : null);
    }

    private void require() {
        authorizer.require(operator.get(), Action.EDIT_PROFILES);
    }
}
