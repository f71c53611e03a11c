package io.drillbook.core.evidence;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SecretStreamMaskTest {
    private final String secret = "St" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void aSecretSplitAcrossReadsIsMaskedAndOtherBytesPassAtOnce() {
        Redaction.registerSecretValue(secret);
        SecretStreamMask mask = SecretStreamMask.ofRegistered();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = "first\nkey=" + secret + " done\n";
        int cut = text.indexOf(secret) + 5;
        byte[] first = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        byte[] passed = mask.push(first, first.length);
        assertThat(new String(passed, StandardCharsets.UTF_8)).as("everything but the secret's beginning passes at once")
                .isEqualTo("first\nkey=");
        out.writeBytes(passed);
        byte[] second = text.substring(cut).getBytes(StandardCharsets.UTF_8);
        out.writeBytes(mask.push(second, second.length));
        out.writeBytes(mask.finish());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("first\nkey=*** done\n");
    }

    @Test
    void aHeldBackBeginningThatIsNotASecretAfterAllIsPassedOn() {
        Redaction.registerSecretValue(secret);
        SecretStreamMask mask = SecretStreamMask.ofRegistered();
        byte[] start = ("a " + secret.substring(0, 6)).getBytes(StandardCharsets.UTF_8);
        assertThat(new String(mask.push(start, start.length), StandardCharsets.UTF_8)).isEqualTo("a ");
        byte[] end = "!\n".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(mask.push(end, end.length), StandardCharsets.UTF_8)).isEqualTo(secret.substring(0, 6) + "!\n");
        assertThat(mask.finish()).isEmpty();
    }
}
