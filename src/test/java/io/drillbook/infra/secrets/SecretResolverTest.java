package io.drillbook.infra.secrets;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.workspace.SecretReference;
import io.drillbook.core.workspace.SecretReference.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretResolverTest {
    @TempDir
    Path dir;

    private final SecretResolver resolver = new SecretResolver(Map.of("DRILL_PW", "from-env"));

    @Test
    void eachKindOfReferenceGivesItsValueWithoutTheFinalLineBreak() throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "from-file\n");
        assertThat(resolver.resolve(SecretReference.parse("env:DRILL_PW"))).containsExactly("from-env".toCharArray());
        assertThat(resolver.resolve(SecretReference.parse("file:" + file))).containsExactly("from-file".toCharArray());
        assertThat(resolver.resolve(SecretReference.parse("command:printf 'from %s\\n' command")))
                .containsExactly("from command".toCharArray());
    }

    @Test
    void failuresNameTheReferenceAndNeverAValue() {
        assertThatThrownBy(() -> resolver.resolve(SecretReference.parse("env:NOT_SET_HERE"))).hasMessageContaining("variable NOT_SET_HERE is not set");
        assertThatThrownBy(() -> resolver.resolve(SecretReference.parse("command:echo $((6*7)); echo denied >&2; exit 3")))
                .hasMessageContaining("exited with status 3: denied").hasMessageNotContaining("42");
        assertThatThrownBy(() -> resolver.resolve(SecretReference.parse("file:" + dir.resolve("missing"))))
                .hasMessageContaining("cannot read");
    }

    @Test
    void thePromptAnswersFromTheProfilesReferenceAndAsksTheFrontEndOtherwise() {
        ConnectionProfile withRef = ConnectionProfile.ssh("vaulted", "h", 22, "u", AuthMethod.KEY, Path.of("/keys/vaulted"));
        ConnectionProfile without = ConnectionProfile.ssh("plain", "h", 22, "u", AuthMethod.KEY, Path.of("/keys/plain"));
        SecretPrompt frontEnd = (kind, subject) -> Optional.of("typed".toCharArray());
        ReferencedSecretPrompt prompt = new ReferencedSecretPrompt(() -> List.of(withRef, without),
                (profile, purpose) -> profile.equals("vaulted") && purpose == Purpose.KEY_PASSPHRASE
                        ? Optional.of(SecretReference.parse("command:echo from-vault")) : Optional.empty(),
                resolver, frontEnd);

        assertThat(prompt.ask(SecretPrompt.SecretKind.KEY_PASSPHRASE, "/keys/vaulted")).get().isEqualTo("from-vault".toCharArray());
        assertThat(prompt.ask(SecretPrompt.SecretKind.KEY_PASSPHRASE, "/keys/plain")).get().isEqualTo("typed".toCharArray());
    }
}
