package io.drillbook.infra.workspace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionKind;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.PinnedHostKey;
import io.drillbook.core.workspace.SecretBinding;
import io.drillbook.core.workspace.SecretReference;
import io.drillbook.core.workspace.SecretReference.Purpose;
import io.drillbook.core.workspace.WorkspaceSettings;
import io.drillbook.infra.workspace.SettingsEntries.ConnectionEntry;
import io.drillbook.infra.workspace.SettingsEntries.HostKeyEntry;
import io.drillbook.infra.workspace.SettingsEntries.RefreshEntry;
import io.drillbook.infra.workspace.SettingsEntries.StorageEntry;
import io.drillbook.infra.yaml.StrictYaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Converts the file's profile sections to the domain's and back. A mistake (a literal secret, a
 * wrong kind) is reported at the line and column of the entry's key.
 */
final class SettingsMapping {
    private final ObjectMapper mapper;
    private final String text;
    private final String fileName;
    private final List<SecretBinding> secrets = new ArrayList<>();

    private SettingsMapping(ObjectMapper mapper, String text, String fileName) {
        this.mapper = mapper;
        this.text = text;
        this.fileName = fileName;
    }

    static WorkspaceSettings settings(WorkspaceFile f, ObjectMapper mapper, String text, String fileName) {
        SettingsMapping m = new SettingsMapping(mapper, text, fileName);
        List<ConnectionProfile> connections = new ArrayList<>();
        for (int i = 0; i < f.connectionProfiles().size(); i++) {
            connections.add(m.connection(f.connectionProfiles().get(i), "/connectionProfiles/" + i));
        }
        List<StorageProfile> storage = new ArrayList<>();
        for (int i = 0; i < f.storageProfiles().size(); i++) {
            storage.add(m.storage(f.storageProfiles().get(i), "/storageProfiles/" + i));
        }
        List<RefreshSource> sources = new ArrayList<>();
        for (int i = 0; i < f.refreshSources().size(); i++) {
            sources.add(m.refresh(f.refreshSources().get(i), "/refreshSources/" + i));
        }
        List<PinnedHostKey> keys = new ArrayList<>();
        for (int i = 0; i < f.trustedHostKeys().size(); i++) {
            HostKeyEntry k = f.trustedHostKeys().get(i);
            String at = "/trustedHostKeys/" + i;
            keys.add(m.checked(at + "/fingerprint", () -> new PinnedHostKey(k.host(), k.port() == null ? 22 : k.port(), k.fingerprint())));
        }
        return new WorkspaceSettings(connections, storage, sources, keys, m.secrets);
    }

    private ConnectionProfile connection(ConnectionEntry e, String at) {
        ConnectionKind kind = checked(at + "/kind", () -> e.kind() == null ? ConnectionKind.SSH
                : ConnectionKind.valueOf(e.kind().toUpperCase(Locale.ROOT)));
        if (kind == ConnectionKind.LOCAL) {
            return checked(at + "/name", () -> ConnectionProfile.local(e.name()));
        }
        if (e.key() != null && e.password() != null) {
            throw error(at + "/password", "give either key or password, not both");
        }
        AuthMethod auth = e.password() != null ? AuthMethod.PASSWORD : "agent".equals(e.key()) ? AuthMethod.AGENT : AuthMethod.KEY;
        Path keyPath = auth == AuthMethod.KEY ? keyFile(e.key(), at + "/key") : null;
        secret(e.name(), Purpose.KEY_PASSPHRASE, e.passphrase(), at + "/passphrase");
        secret(e.name(), Purpose.PASSWORD, e.password(), at + "/password");
        return checked(at + "/name", () -> new ConnectionProfile(e.name(), kind, e.host(), e.port() == null ? ConnectionProfile.SSH_PORT : e.port(),
                e.user(), auth, keyPath, e.jump(), e.connectTimeout(), e.commandTimeout(),
                e.keepAlive() == null ? ConnectionProfile.DEFAULT_KEEP_ALIVE : e.keepAlive()));
    }

    private Path keyFile(String key, String at) {
        if (key == null) {
            throw error(at.substring(0, at.lastIndexOf('/')) + "/name", "an SSH profile needs key (agent or file:PATH) or password");
        }
        SecretReference ref = checked(at, () -> SecretReference.parse(key.startsWith("/") ? "file:" + key : key));
        if (ref.kind() != SecretReference.Kind.FILE) {
            throw error(at, "key is agent or the key file (file:PATH); keep the key in a file the operator's machine reads");
        }
        return Path.of(ref.target());
    }

    private StorageProfile storage(StorageEntry e, String at) {
        if (e.awsProfile() != null && e.credentials() != null) {
            throw error(at + "/credentials", "give either awsProfile or credentials, not both");
        }
        String credentials = null;
        if (e.credentials() != null) {
            SecretReference ref = checked(at + "/credentials", () -> SecretReference.parse(e.credentials()));
            if (ref.kind() == SecretReference.Kind.AGENT) {
                throw error(at + "/credentials", "AWS credentials come from env:, file: or command:, not agent");
            }
            credentials = ref.toString();
        }
        String awsProfile = credentials != null ? credentials : e.awsProfile();
        return checked(at + "/name", () -> new StorageProfile(e.name(), e.region(), awsProfile, e.endpoint(),
                Boolean.TRUE.equals(e.pathStyle()), e.bucket(), e.prefix(), e.namingRule()));
    }

    private RefreshSource refresh(RefreshEntry e, String at) {
        RefreshSource.Kind kind = checked(at + "/kind", () -> RefreshSource.Kind.valueOf(e.kind().toUpperCase(Locale.ROOT)));
        SystemEnv target = e.system() == null && e.environment() == null ? null
                : checked(at + "/system", () -> new SystemEnv(e.system(), e.environment()));
        return checked(at + "/name", () -> new RefreshSource(e.name(), kind, e.profile(), e.command(), e.format(), e.namingRule(),
                target, e.interval()));
    }

    private void secret(String profile, Purpose purpose, String written, String at) {
        if (written != null) {
            SecretReference ref = checked(at, () -> SecretReference.parse(written));
            secrets.add(new SecretBinding(profile, purpose, ref));
        }
    }

    private <T> T checked(String at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(at, e.getMessage());
        }
    }

    private FileFormatException error(String at, String problem) {
        Optional<JsonLocation> where = StrictYaml.position(mapper, text, JsonPointer.compile(at));
        if (where.isEmpty()) {
            where = StrictYaml.position(mapper, text, JsonPointer.compile(at.substring(0, at.lastIndexOf('/'))));
        }
        return new FileFormatException(fileName, where.map(JsonLocation::getLineNr).orElse(-1),
                where.map(JsonLocation::getColumnNr).orElse(-1), problem);
    }

    /** The file with {@code settings} in its profile sections (export). */
    static WorkspaceFile withSettings(WorkspaceFile f, WorkspaceSettings settings) {
        return new WorkspaceFile(f.systems(), f.backupWindows(), f.cabMeetings(), f.freezes(), f.releases(),
                settings.connections().stream().map(p -> entry(p, settings.secrets())).toList(),
                settings.storage().stream().map(SettingsMapping::entry).toList(),
                settings.refreshSources().stream().map(SettingsMapping::entry).toList(),
                settings.hostKeys().stream().map(k -> new HostKeyEntry(k.host(), k.port() == 22 ? null : k.port(), k.fingerprint())).toList());
    }

    private static ConnectionEntry entry(ConnectionProfile p, List<SecretBinding> secrets) {
        if (p.kind() == ConnectionKind.LOCAL) {
            return new ConnectionEntry(p.name(), "local", null, null, null, null, null, null, null, null, null, null);
        }
        String key = p.auth() == AuthMethod.AGENT ? "agent" : p.auth() == AuthMethod.KEY ? "file:" + p.keyPath() : null;
        return new ConnectionEntry(p.name(), null, p.host(), p.port() == ConnectionProfile.SSH_PORT ? null : p.port(), p.user(), key,
                reference(secrets, p.name(), Purpose.KEY_PASSPHRASE), reference(secrets, p.name(), Purpose.PASSWORD),
                p.jump().orElse(null), p.connectTimeout(), p.commandTimeout(), p.keepAlive());
    }

    private static String reference(List<SecretBinding> secrets, String profile, Purpose purpose) {
        return secrets.stream().filter(b -> b.profile().equals(profile) && b.purpose() == purpose)
                .map(b -> b.reference().toString()).findFirst().orElse(null);
    }

    private static StorageEntry entry(StorageProfile p) {
        String named = p.namedAwsProfile().orElse(null);
        boolean isReference = named != null && isReference(named);
        return new StorageEntry(p.name(), p.bucket(), p.prefix().isEmpty() ? null : p.prefix(), p.region(),
                p.endpointOverride().orElse(null), p.pathStyle() ? Boolean.TRUE : null,
                p.namingRule().isEmpty() ? null : p.namingRule(), isReference ? null : named, isReference ? named : null);
    }

    /** Whether a storage profile's AWS profile field holds a credentials reference rather than a profile name. */
    static boolean isReference(String awsProfile) {
        return awsProfile.startsWith("env:") || awsProfile.startsWith("file:") || awsProfile.startsWith("command:");
    }

    private static RefreshEntry entry(RefreshSource s) {
        return new RefreshEntry(s.name(), s.kind().name().toLowerCase(Locale.ROOT), s.profile(), blank(s.command()), blank(s.format()),
                blank(s.namingRule()), s.target() == null ? null : s.target().system(),
                s.target() == null ? null : s.target().environment(), s.interval().isZero() ? null : s.interval());
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
