package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits CSV text (RFC 4180 quoting, one record per line) into fields with their columns. */
final class CsvLines {
    private CsvLines() {
    }

    /** One field and the 1-based column where it starts. */
    record Field(String text, int column) {
    }

    /** One non-blank line and its 1-based number. */
    record Line(int number, List<Field> fields) {
    }

    static List<Line> read(SourceFile file) throws ImportException {
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] raw = text.split("\r?\n", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(new Line(i + 1, split(file, i + 1, raw[i])));
            }
        }
        return lines;
    }

    private static List<Field> split(SourceFile file, int lineNumber, String line) throws ImportException {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        while (true) {
            int start = i;
            StringBuilder value = new StringBuilder();
            if (i < line.length() && line.charAt(i) == '"') {
                i = quoted(file, lineNumber, line, i, value);
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    value.append(line.charAt(i++));
                }
            }
            fields.add(new Field(value.toString().trim(), start + 1));
            if (i >= line.length()) {
                return fields;
            }
            if (line.charAt(i) != ',') {
                throw new ImportException(file.name(), lineNumber, i + 1, "expected ',' after a quoted field");
            }
            i++;
        }
    }

    private static int quoted(SourceFile file, int lineNumber, String line, int open, StringBuilder value)
            throws ImportException {
        int i = open + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                value.append('"');
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new ImportException(file.name(), lineNumber, open + 1, "a quoted field is not closed on this line");
    }
}
