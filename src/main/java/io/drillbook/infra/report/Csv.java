package io.drillbook.infra.report;


import java.util.List;

/** An RFC 4180 table: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF. */
final class Csv {
    private final StringBuilder text = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(values[i]));
        }
        text.append("\r\n");
        return this;
    }

    Csv rows(List<Object[]> values) {
        values.forEach(this::row);
        return this;
    }

    static String field(Object value) {
        String s = ExportRedaction.redact(Cells.machine(value));
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
