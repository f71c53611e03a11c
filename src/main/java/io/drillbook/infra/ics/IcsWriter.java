package io.drillbook.infra.ics;

import java.nio.charset.StandardCharsets;

/** Writes iCalendar content lines: CRLF endings, folding at 75 octets, TEXT escaping. */
final class IcsWriter {
    private static final int MAX_OCTETS = 75;
    private final StringBuilder out = new StringBuilder();

    IcsWriter line(String name, String value) {
        String raw = name + ":" + value;
        int octets = 0;
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            String ch = String.valueOf(raw.charAt(i));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.append(ch);
            octets += size;
        }
        out.append(folded).append("\r\n");
        return this;
    }

    IcsWriter text(String name, String value) {
        return line(name, escape(value));
    }

    IcsWriter raw(String block) {
        out.append(block);
        if (!block.endsWith("\n")) {
            out.append("\r\n");
        }
        return this;
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
