package io.drillbook.core.calendar;

/**
 * An RRULE that cannot be understood. The message names the rule, the 1-based character position
 * of the offending part and what is wrong with it.
 */
public class RecurrenceRuleException extends IllegalArgumentException {
    private final String rule;
    private final int position;

    public RecurrenceRuleException(String rule, int position, String problem) {
        super("RRULE '" + rule + "' at position " + position + ": " + problem);
        this.rule = rule;
        this.position = position;
    }

    public String rule() {
        return rule;
    }

    /** 1-based character position of the part that is wrong. */
    public int position() {
        return position;
    }
}
