package io.drillbook.core.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gauge families in the order first asked for, each with its samples; renders the exposition text. */
final class MetricFamilies {
    private final Map<String, Family> families = new LinkedHashMap<>();

    Family family(String name, String help) {
        return families.computeIfAbsent(name, n -> new Family(n, help));
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (Family f : families.values()) {
            sb.append("# HELP ").append(f.name).append(' ').append(escapeHelp(f.help)).append('\n');
            sb.append("# TYPE ").append(f.name).append(" gauge\n");
            f.samples.forEach(s -> sb.append(s).append('\n'));
        }
        return sb.toString();
    }

    static final class Family {
        private final String name;
        private final String help;
        private final List<String> samples = new ArrayList<>();

        private Family(String name, String help) {
            this.name = name;
            this.help = help;
        }

        /** @param labels name, value, name, value, ... */
        Family add(List<String> labels, double value) {
            StringBuilder sb = new StringBuilder(name);
            if (!labels.isEmpty()) {
                sb.append('{');
                for (int i = 0; i < labels.size(); i += 2) {
                    sb.append(i == 0 ? "" : ",").append(labels.get(i)).append("=\"").append(escapeLabel(labels.get(i + 1))).append('"');
                }
                sb.append('}');
            }
            samples.add(sb.append(' ').append(number(value)).toString());
            return this;
        }
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String escapeLabel(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String escapeHelp(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
