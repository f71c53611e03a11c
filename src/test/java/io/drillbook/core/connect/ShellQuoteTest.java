package io.drillbook.core.connect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShellQuoteTest {

    @Test
    void wrapsInSingleQuotes() {
        assertThat(ShellQuote.quote("a b")).isEqualTo("'a b'");
        assertThat(ShellQuote.quote("")).isEqualTo("''");
    }

    @Test
    void embeddedSingleQuoteIsClosedEscapedAndReopened() {
        assertThat(ShellQuote.quote("it's")).isEqualTo("'it'\\''s'");
    }

    @Test
    void nulCannotBeQuoted() {
        assertThatThrownBy(() -> ShellQuote.quote("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }
}
