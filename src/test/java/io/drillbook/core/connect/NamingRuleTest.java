package io.drillbook.core.connect;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamingRuleTest {
    final NamingRule rule = new NamingRule("{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump");

    @Test
    void parsesSystemEnvironmentAndUtcTime() {
        NamingRule.NamedKey key = rule.parse("shop/prod/2026-11-20T0130.dump").orElseThrow();

        assertThat(key.system()).isEqualTo("shop");
        assertThat(key.environment()).isEqualTo("prod");
        assertThat(key.time()).isEqualTo(Instant.parse("2026-11-20T01:30:00Z"));
    }

    @Test
    void previewSortsKeysIntoMatchedAndUnmatched() {
        NamingRule.Preview preview = rule.preview(List.of("shop/prod/2026-11-20T0130.dump", "shop/prod/notes.txt",
                "shop/prod/2026-13-40T0130.dump", "a/b/c/2026-11-20T0130.dump"));

        assertThat(preview.matched()).extracting(NamingRule.NamedKey::key).containsExactly("shop/prod/2026-11-20T0130.dump");
        assertThat(preview.unmatched()).containsExactly("shop/prod/notes.txt", "shop/prod/2026-13-40T0130.dump",
                "a/b/c/2026-11-20T0130.dump");
    }

    @Test
    void literalPartsAreNotRegularExpressions() {
        NamingRule dotted = new NamingRule("{system}.{env}.{yyyy}{MM}{dd}.tar.gz");

        assertThat(dotted.parse("crm.prod.20261120.tar.gz")).isPresent();
        assertThat(dotted.parse("crm.prod.20261120xtarxgz")).isEmpty();
    }

    @Test
    void unknownTokenIsAnErrorNamingItAndItsColumn() {
        assertThatThrownBy(() -> new NamingRule("{system}/{env}/{yyyy}{MM}{dd}-{host}.dump"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{host}")
                .hasMessageContaining("column 31");
    }

    @Test
    void ruleWithoutAnEnvironmentIsRejected() {
        assertThatThrownBy(() -> new NamingRule("{system}/{yyyy}-{MM}-{dd}.dump"))
                .hasMessageContaining("{env} is missing");
    }
}
