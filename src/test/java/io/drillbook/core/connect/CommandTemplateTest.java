package io.drillbook.core.connect;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandTemplateTest {

    @Test
    void everySubstitutedValueIsSingleQuoted() {
        String rendered = new CommandTemplate("createdb ${db} && echo ${note}")
                .render(Map.of("db", "shop_drill_42", "note", "it's $(rm -rf /)"));

        assertThat(rendered).isEqualTo("createdb 'shop_drill_42' && echo 'it'\\''s $(rm -rf /)'");
    }

    @Test
    void dottedNamesAreAllowed() {
        assertThat(new CommandTemplate("restore ${backup.uri}").render(Map.of("backup.uri", "s3://b/k")))
                .isEqualTo("restore 's3://b/k'");
    }

    @Test
    void unbracedShellVariablesPassThrough() {
        assertThat(new CommandTemplate("echo $HOME ${x}").render(Map.of("x", "1"))).isEqualTo("echo $HOME '1'");
    }

    @Test
    void unknownVariableIsAnErrorNamingItAndItsColumn() {
        assertThatThrownBy(() -> new CommandTemplate("dropdb ${run.id}").render(Map.of("db", "x")))
                .isInstanceOf(CommandTemplate.TemplateException.class)
                .hasMessageContaining("'run.id'")
                .hasMessageContaining("column 8")
                .hasMessageContaining("[db]");
    }

    @Test
    void malformedPlaceholderIsAnError() {
        assertThatThrownBy(() -> new CommandTemplate("echo ${not closed").render(Map.of()))
                .isInstanceOf(CommandTemplate.TemplateException.class)
                .hasMessageContaining("column 6");
    }
}
