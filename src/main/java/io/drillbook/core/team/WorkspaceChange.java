package io.drillbook.core.team;

import io.drillbook.core.evidence.EvidenceEvent;

/**
 * Something another console recorded in the shared workspace, as the evidence event that says so.
 *
 * @param seq the evidence event's place in the chain
 */
public record WorkspaceChange(long seq, String actor, String kind, String subject) {

    /** The change an appended evidence event stands for. */
    public static WorkspaceChange of(EvidenceEvent event) {
        return new WorkspaceChange(event.seq(), event.actor(), event.kind(), event.subject());
    }

    /** The notice a screen shows before it refreshes: "workspace changed by alice (release.changed, REL-1042)". */
    public String notice() {
        return "workspace changed by " + actor + " (" + kind + (subject.isEmpty() ? "" : ", " + subject) + ")";
    }
}
