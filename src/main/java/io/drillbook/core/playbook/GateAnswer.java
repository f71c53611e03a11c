package io.drillbook.core.playbook;

/**
 * A person's answer at a manual checkpoint or an approval.
 *
 * @param who     who answered (must not be blank)
 * @param granted true: done / approved
 * @param note    free text for the evidence
 */
public record GateAnswer(String who, boolean granted, String note) {
    public GateAnswer {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("an answer needs who gave it");
        }
        note = note == null ? "" : note;
    }

    public static GateAnswer yes(String who) {
        return new GateAnswer(who, true, "");
    }

    public static GateAnswer no(String who, String why) {
        return new GateAnswer(who, false, why);
    }
}
