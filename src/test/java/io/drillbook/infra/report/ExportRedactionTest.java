package io.drillbook.infra.report;

import io.drillbook.core.evidence.Redaction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortcut never skips a value Redaction would change, and does skip plain report values. */
class ExportRedactionTest {

    @Test
    void everyValueRedactionChangesIsRedactedAndPlainValuesAreLeftAlone() {
        List<String> secrets = List.of("postgres://u:pw-s3cret@h/db", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG",
                "--Password hunter2", "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig", "AKIAIOSFODNN7EXAMPLE",
                "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----", "DB_TOKEN: abc", "x-Api-Key=1");
        for (String s : secrets) {
            assertThat(Redaction.redact(s)).as(s).isNotEqualTo(s);
            assertThat(ExportRedaction.mayHoldSecret(s)).as(s).isTrue();
            assertThat(ExportRedaction.redact(s)).isEqualTo(Redaction.redact(s));
        }
        for (String plain : List.of("2026-10-05 08:00:00 UTC", "23 min", "COMPLETED", "shop/prod", "Restore part 1", "not demonstrated")) {
            assertThat(ExportRedaction.mayHoldSecret(plain)).as(plain).isFalse();
        }
    }
}
