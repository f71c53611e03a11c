package io.drillbook.ui.common;

import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build writes drillbook.bss beside drillbook.css (JavaFX loads it instead of parsing the text at
 * every start): it must be there and say what the text says, never an older version of it.
 */
class BinaryStylesheetTest {
    @Test
    void theBinaryStylesheetBesideTheThemeHoldsTheSameRulesAsItsText() throws Exception {
        URL text = new URL(Theme.APP_CSS);
        URL binary = new URL(Theme.APP_CSS.replaceAll("\\.css$", ".bss"));
        Stylesheet parsed = new CssParser().parse(text);
        Stylesheet loaded = Stylesheet.loadBinary(binary);
        assertThat(loaded).as("drillbook.bss on the class path (the build's process-resources step)").isNotNull();
        assertThat(parsed.getRules()).hasSizeGreaterThan(100);
        assertThat(rules(loaded)).isEqualTo(rules(parsed));
    }

    /** Each rule as its selectors and the properties it sets (parsed values print differently from loaded ones). */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(rule -> rule.getSelectors() + " { "
                + rule.getDeclarations().stream().map(Declaration::getProperty).toList() + " }").toList();
    }
}
