package io.drillbook.infra.workspace;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.workspace.SecretReference;
import io.drillbook.core.workspace.WorkspaceImport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Profiles, refresh sources, pinned host keys and secret references in the workspace file. */
class WorkspaceSettingsYamlTest {
    static final String SETTINGS = """
            connectionProfiles:
            - name: bastion
              host: bastion.example.com
              user: ops
              key: agent
              connectTimeout: PT15S
              commandTimeout: PT30M
              keepAlive: PT30S
            - name: drill-sandbox
              host: drill-sandbox.internal
              port: 2222
              user: drill
              key: file:/home/ops/.ssh/drill_ed25519
              passphrase: command:vault kv get -field=passphrase secret/drill/ssh
              jump: bastion
              connectTimeout: PT10S
              commandTimeout: PT1H
              keepAlive: PT30S
            - name: legacy
              host: legacy.internal
              user: root
              password: env:LEGACY_PASSWORD
              connectTimeout: PT15S
              commandTimeout: PT30M
              keepAlive: PT30S
            - name: here
              kind: local
            storageProfiles:
            - name: shop-backups
              bucket: backups
              prefix: shop/prod/
              region: eu-central-1
              endpoint: http://minio.internal:9000
              pathStyle: true
              namingRule: "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump"
              credentials: "command:vault read -format=json aws/creds/drill | jq '{Version:1,AccessKeyId:.data.access_key,SecretAccessKey:.data.secret_key}'"
            - name: archive
              bucket: archive
              region: us-east-1
              awsProfile: drill
            refreshSources:
            - name: shop restic
              kind: command
              profile: drill-sandbox
              command: restic snapshots --json
              format: restic
              system: shop
              environment: prod
              interval: PT1H
            - name: shop s3
              kind: s3
              profile: shop-backups
            trustedHostKeys:
            - host: drill-sandbox.internal
              port: 2222
              fingerprint: SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU
            """;

    @Test
    void profilesSourcesHostKeysAndSecretReferencesRoundTripWithoutLoss() {
        WorkspaceImport read = WorkspaceYaml.readImport(SETTINGS, "ws.yaml");

        assertThat(read.settings().connections()).hasSize(4);
        ConnectionProfile sandbox = read.settings().connections().get(1);
        assertThat(sandbox.auth()).isEqualTo(AuthMethod.KEY);
        assertThat(sandbox.keyPath()).isEqualTo(Path.of("/home/ops/.ssh/drill_ed25519"));
        assertThat(sandbox.jump()).contains("bastion");
        assertThat(read.settings().connections().get(2).auth()).isEqualTo(AuthMethod.PASSWORD);
        assertThat(read.settings().secrets()).extracting(b -> b.profile() + " " + b.purpose() + " " + b.reference())
                .containsExactly("drill-sandbox KEY_PASSPHRASE command:vault kv get -field=passphrase secret/drill/ssh",
                        "legacy PASSWORD env:LEGACY_PASSWORD");
        assertThat(read.settings().hostKeys().get(0).hostPattern()).isEqualTo("[drill-sandbox.internal]:2222");
        assertThat(WorkspaceYaml.write(read.content(), read.settings())).isEqualTo(SETTINGS);
    }

    @Test
    void aLiteralSecretIsRefusedAtItsLineWithoutRepeatingIt() {
        String yaml = "connectionProfiles:\n- name: legacy\n  host: legacy.internal\n  user: root\n  password: hunter2\n";

        assertThatThrownBy(() -> WorkspaceYaml.readImport(yaml, "ws.yaml"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("ws.yaml:5:")
                .hasMessageContaining("by reference")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void literalAwsCredentialsAreRefusedToo() {
        String yaml = "storageProfiles:\n- name: s\n  bucket: b\n  credentials: AKIAEXAMPLE:wJalrXUtnFEMI\n";

        assertThatThrownBy(() -> WorkspaceYaml.readImport(yaml, "ws.yaml"))
                .hasMessageStartingWith("ws.yaml:4:").hasMessageContaining("by reference").hasMessageNotContaining("wJalr");
    }

    @Test
    void aKeyGivenByCommandIsRefusedNamingWhatWorks() {
        String yaml = "connectionProfiles:\n- name: x\n  host: h\n  user: u\n  key: env:KEY\n";

        assertThatThrownBy(() -> WorkspaceYaml.readImport(yaml, "ws.yaml"))
                .hasMessageStartingWith("ws.yaml:5:").hasMessageContaining("file:PATH");
    }

    @Test
    void aFingerprintThatIsNotSha256IsRefusedAtItsLine() {
        String yaml = "trustedHostKeys:\n- host: h\n  fingerprint: MD5:aa:bb\n";

        assertThatThrownBy(() -> WorkspaceYaml.readImport(yaml, "ws.yaml")).hasMessageStartingWith("ws.yaml:3:")
                .hasMessageContaining("SHA256:");
    }

    @Test
    void referencesAreReadAsWritten() {
        assertThat(SecretReference.parse("command:vault kv get -field=password secret/drill").kind())
                .isEqualTo(SecretReference.Kind.COMMAND);
        assertThat(SecretReference.parse("file:/run/secrets/pw").target()).isEqualTo("/run/secrets/pw");
        assertThatThrownBy(() -> SecretReference.parse("s3cr3t")).hasMessageNotContaining("s3cr3t");
    }
}
