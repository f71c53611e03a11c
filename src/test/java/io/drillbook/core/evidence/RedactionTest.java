package io.drillbook.core.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void masksSecretsInEnvironmentAssignmentsUrlsFlagsAndTokens() {
        String text = "PGPASSWORD=hunter2 AWS_SECRET_ACCESS_KEY='abc/def' psql postgres://drill:s3cr3t@db/shop "
                + "--password=topsecret curl -H 'Authorization: Bearer eyJhbGciOi.xyz' AKIAABCDEFGHIJKLMNOP";
        String out = Redaction.redact(text);
        assertThat(out).doesNotContain("hunter2", "abc/def", "s3cr3t", "topsecret", "eyJhbGciOi", "AKIAABCDEFGHIJKLMNOP");
        assertThat(out).contains("PGPASSWORD=***", "postgres://drill:***@db/shop", "psql");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "pg_restore -d shop_drill_42 /tmp/backup.dump && echo done";
        assertThat(Redaction.redact(text)).isEqualTo(text);
    }

    @Test
    void masksPrivateKeys() {
        String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
        assertThat(Redaction.redact("key: " + key)).doesNotContain("b3BlbnNzaC1rZXktdjEAAAAA");
    }

    @Test
    void redactsNestedPayloadValues() {
        Map<String, Object> out = Redaction.redactValues(Map.of("cmd", "TOKEN=abc123 run", "steps", List.of(Map.of("env", "API_KEY=zzz"))));
        assertThat(CanonicalJson.write(out)).doesNotContain("abc123", "zzz");
    }

    @Test
    void aRegisteredSecretValueIsMaskedWhereverItAppearsWhateverItIsCalled() {
        String secret = "v" + java.util.UUID.randomUUID().toString().replace("-", "");
        assertThat(Redaction.redact("plain " + secret)).contains(secret);
        assertThat(Redaction.registerSecretValue(secret)).isTrue();
        assertThat(Redaction.redact("echo it:" + secret + "!")).isEqualTo("echo it:***!");
        assertThat(Redaction.redact("{\"x\":\"a" + secret + "b\"}")).isEqualTo("{\"x\":\"a***b\"}");
        assertThat(Redaction.maskSecretValues(Map.of("harmless", secret))).containsEntry("harmless", Redaction.MASK);
    }

    @Test
    void aTooShortValueIsNotRegistered() {
        assertThat(Redaction.registerSecretValue("ab")).isFalse();
        assertThat(Redaction.redact("ab cd")).isEqualTo("ab cd");
    }

    @Test
    void shortSecretNamesAreSecretToo() {
        assertThat(List.of("pw", "PW", "pwd", "pass", "db_pass", "admin-pw", "root.pass", "password", "api_token"))
                .allMatch(Redaction::isSecretName);
        assertThat(List.of("passenger", "compass", "bypassed", "pwm", "workdir", "path"))
                .noneMatch(Redaction::isSecretName);
    }

    @Test
    void shortSecretAssignmentsAreMaskedButPassedIsNot() {
        assertThat(Redaction.redact("DB_PASS=hunter2 DB_PW=hunter3")).isEqualTo("DB_PASS=*** DB_PW=***");
        assertThat(Redaction.redact("checks passed: 3, PASSED=4")).isEqualTo("checks passed: 3, PASSED=4");
    }
}
