package io.drillbook.core.playbook;

import io.drillbook.core.evidence.Redaction;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The values a playbook's steps may use as {@code ${name}}: run.id, playbook.name, system, environment, param.NAME. */
final class PlaybookVariables {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)}");

    private PlaybookVariables() {
    }

    static Map<String, String> of(String runId, Playbook playbook, Map<String, String> parameters) {
        Map<String, String> values = new HashMap<>();
        values.put("run.id", runId);
        values.put("playbook.name", playbook.name());
        values.put("system", playbook.system());
        values.put("environment", playbook.environment());
        parameters.forEach((name, value) -> values.put("param." + name, value));
        return Map.copyOf(values);
    }

    /** The same with values of secret-looking names masked: for what is recorded and shown. */
    static Map<String, String> masked(Map<String, String> values) {
        return Redaction.maskSecretValues(values);
    }

    /** Fills placeholders without shell quoting: for object keys, paths on this machine and URLs. */
    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown variable '" + m.group(1) + "' in: " + text);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
