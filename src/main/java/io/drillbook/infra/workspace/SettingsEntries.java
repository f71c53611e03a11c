package io.drillbook.infra.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.net.URI;
import java.time.Duration;

import static io.drillbook.infra.workspace.WorkspaceFile.required;

/**
 * The workspace file's profile sections as people write them. Secrets appear only as references
 * ({@code env:NAME}, {@code file:PATH}, {@code command:...}); a literal is refused at its line.
 */
final class SettingsEntries {
    private SettingsEntries() {
    }

    /**
     * An SSH host (or {@code kind: local}).
     *
     * @param key        {@code agent}, or the private key file ({@code file:PATH} or just the path)
     * @param passphrase reference to the key's passphrase, if it has one
     * @param password   reference to the password, for password authentication
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "kind", "host", "port", "user", "key", "passphrase", "password", "jump",
            "connectTimeout", "commandTimeout", "keepAlive"})
    record ConnectionEntry(String name, String kind, String host, Integer port, String user, String key, String passphrase,
                           String password, String jump, Duration connectTimeout, Duration commandTimeout, Duration keepAlive) {
        ConnectionEntry {
            required(name, "name");
        }
    }

    /**
     * An S3 (or S3-compatible) location.
     *
     * @param awsProfile  a named profile of the AWS config (which may use {@code credential_process})
     * @param credentials reference to credentials in the {@code credential_process} JSON shape;
     *                    with neither, the AWS default credential chain
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "bucket", "prefix", "region", "endpoint", "pathStyle", "namingRule", "awsProfile", "credentials"})
    record StorageEntry(String name, String bucket, String prefix, String region, URI endpoint, Boolean pathStyle,
                        String namingRule, String awsProfile, String credentials) {
        StorageEntry {
            required(name, "name");
            required(bucket, "bucket");
        }
    }

    /** A live inventory source: a listing command over a connection profile, or an S3 prefix of a storage profile. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "kind", "profile", "command", "format", "namingRule", "system", "environment", "interval"})
    record RefreshEntry(String name, String kind, String profile, String command, String format, String namingRule,
                        String system, String environment, Duration interval) {
        RefreshEntry {
            required(name, "name");
            required(kind, "kind");
            required(profile, "profile");
        }
    }

    /** A host key trusted by its SHA-256 fingerprint. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"host", "port", "fingerprint"})
    record HostKeyEntry(String host, Integer port, String fingerprint) {
        HostKeyEntry {
            required(host, "host");
            required(fingerprint, "fingerprint");
        }
    }
}
