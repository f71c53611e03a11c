package io.drillbook.core.workspace;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The fields in which two records of one type differ, as {@code field old → new} (nested records flattened). */
final class RecordDiff {
    private RecordDiff() {
    }

    static List<String> between(Record before, Record after, Set<String> ignored) {
        List<String> out = new ArrayList<>();
        collect("", before, after, ignored, out);
        return out;
    }

    private static void collect(String prefix, Record before, Record after, Set<String> ignored, List<String> out) {
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            if (ignored.contains(c.getName())) {
                continue;
            }
            Object old = value(c, before);
            Object now = value(c, after);
            if (old instanceof Record r1 && now instanceof Record r2 && r1.getClass() == r2.getClass()) {
                collect(prefix + c.getName() + ".", r1, r2, ignored, out);
            } else if (!Objects.equals(old, now)) {
                out.add(prefix + c.getName() + " " + shown(old) + " → " + shown(now));
            }
        }
    }

    private static String shown(Object value) {
        return value == null || "".equals(value) ? "(none)" : value.toString();
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
