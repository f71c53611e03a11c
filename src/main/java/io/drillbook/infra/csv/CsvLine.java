package io.drillbook.infra.csv;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting, "" for a quote inside quotes) into fields. */
final class CsvLine {
    private CsvLine() {
    }

    /** The fields of {@code line}; throws with the 1-based column of an unclosed quote. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int quoteStart = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"' && (quoted || field.toString().isBlank())) {
                quoted = !quoted;
                quoteStart = i + 1;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("the quote opened at column " + quoteStart + " is never closed");
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
