package io.drillbook.infra.ics;

import io.drillbook.core.calendar.IcsProblem;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits iCalendar text into unfolded content lines (RFC 5545 3.1), remembering the physical line
 * each starts on. Quoted parameter values may contain ':' and ';'.
 */
final class ContentLineReader {
    private ContentLineReader() {
    }

    static List<ContentLine> read(String text, List<IcsProblem> problems) {
        String[] physical = text.split("\r\n|\n|\r", -1);
        List<ContentLine> lines = new ArrayList<>();
        StringBuilder current = null;
        int startLine = 0;
        for (int i = 0; i < physical.length; i++) {
            String p = physical[i];
            if ((p.startsWith(" ") || p.startsWith("\t")) && current != null) {
                current.append(p, 1, p.length());
                continue;
            }
            if (current != null) {
                parse(startLine, current.toString(), lines, problems);
            }
            current = p.isEmpty() ? null : new StringBuilder(p);
            startLine = i + 1;
        }
        if (current != null) {
            parse(startLine, current.toString(), lines, problems);
        }
        return lines;
    }

    private static void parse(int line, String raw, List<ContentLine> out, List<IcsProblem> problems) {
        int colon = valueColon(raw);
        if (colon < 0) {
            problems.add(new IcsProblem(line, "'" + abbreviate(raw) + "' is not NAME:value (no ':' found)"));
            return;
        }
        String[] head = raw.substring(0, colon).split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int eq = head[i].indexOf('=');
            if (eq <= 0) {
                problems.add(new IcsProblem(line, "parameter '" + head[i] + "' of " + head[0] + " is not NAME=value"));
                return;
            }
            params.put(head[i].substring(0, eq).toUpperCase(Locale.ROOT), head[i].substring(eq + 1).replace("\"", ""));
        }
        out.add(new ContentLine(line, head[0].toUpperCase(Locale.ROOT), params, raw.substring(colon + 1)));
    }

    /** Index of the ':' that ends the name and parameters (outside quotes), or -1. */
    private static int valueColon(String raw) {
        boolean quoted = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
