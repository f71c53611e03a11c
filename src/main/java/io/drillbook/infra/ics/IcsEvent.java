package io.drillbook.infra.ics;

import io.drillbook.core.calendar.IcsProblem;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The content lines of one VEVENT (nested VALARMs left out), with the line its BEGIN is on. */
record IcsEvent(int beginLine, List<ContentLine> lines) {

    Optional<ContentLine> first(String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    List<ContentLine> all(String name) {
        return lines.stream().filter(l -> l.name().equals(name)).toList();
    }

    /** The unescaped text of {@code name}, or empty. */
    String text(String name) {
        return first(name).map(l -> unescape(l.value())).orElse("");
    }

    /** Groups content lines into VEVENTs; problems for unbalanced BEGIN/END are added to {@code problems}. */
    static List<IcsEvent> group(List<ContentLine> lines, List<IcsProblem> problems) {
        List<IcsEvent> events = new ArrayList<>();
        List<ContentLine> current = null;
        int begin = 0;
        int nested = 0;
        for (ContentLine l : lines) {
            boolean isBegin = l.name().equals("BEGIN");
            boolean isEnd = l.name().equals("END");
            if (current == null) {
                if (isBegin && l.value().equalsIgnoreCase("VEVENT")) {
                    current = new ArrayList<>();
                    begin = l.line();
                }
            } else if (isEnd && l.value().equalsIgnoreCase("VEVENT") && nested == 0) {
                events.add(new IcsEvent(begin, current));
                current = null;
            } else if (isBegin) {
                nested += l.value().equalsIgnoreCase("VEVENT") ? 100 : 1;
            } else if (isEnd) {
                nested--;
            } else if (nested == 0) {
                current.add(l);
            }
        }
        if (current != null || nested != 0) {
            problems.add(new IcsProblem(begin, "VEVENT starting here is never closed with END:VEVENT"));
        }
        return events;
    }

    static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }
}
