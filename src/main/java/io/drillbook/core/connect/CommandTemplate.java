package io.drillbook.core.connect;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command line with {@code ${name}} placeholders. Every substituted value is shell-quoted, so a
 * value can never add commands. Shell variables written without braces ({@code $HOME}) pass
 * through untouched. An unknown or malformed placeholder is an error naming it and its column.
 */
public final class CommandTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)}|\\$\\{([^}]*)}?");

    private final String template;

    public CommandTemplate(String template) {
        if (template == null) {
            throw new IllegalArgumentException("command template is null");
        }
        this.template = template;
    }

    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m, values)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(Matcher m, Map<String, String> values) {
        String name = m.group(1);
        if (name == null) {
            throw new TemplateException("bad placeholder '" + m.group() + "' at column " + (m.start() + 1)
                    + " of command: " + template);
        }
        String value = values.get(name);
        if (value == null) {
            throw new TemplateException("unknown variable '" + name + "' at column " + (m.start() + 1)
                    + " of command (known: " + values.keySet().stream().sorted().toList() + ")");
        }
        return ShellQuote.quote(value);
    }

    @Override
    public String toString() {
        return template;
    }

    /** A template that cannot be rendered. */
    public static final class TemplateException extends IllegalArgumentException {
        public TemplateException(String message) {
            super(message);
        }
    }
}
