package io.drillbook.infra.db.crash;

import java.util.List;

/**
 * One child JVM started and killed: what it printed before it died (every line it printed is
 * already committed, by the rule that state is persisted before it is shown).
 *
 * @param killed false when it ended by itself before the kill
 */
public record CrashTrial(CrashKind kind, CrashTarget target, List<String> printed, long killedAfterMillis, boolean killed) {

    /** The run id the drill's first line names, or null. */
    String drillRunId() {
        for (String line : printed) {
            int at = line.indexOf(", run ");
            if (line.startsWith("drill '") && at > 0) {
                return line.substring(at + ", run ".length()).trim();
            }
        }
        return null;
    }

    /** True when the run printed its own end (it finished before the kill came). */
    boolean printedEnd() {
        String last = "p" + CrashFixture.STEPS + " ";
        return printed.stream().anyMatch(l -> l.startsWith("drill 20")
                || l.contains(" " + last) && (l.contains("PASSED") || l.contains("COMPLETED") || l.contains("FAILED")));
    }
}
