package io.drillbook.core.report;

import java.time.Instant;

/**
 * A gate decision ({@code gate.decision}) or a waiver ({@code gate.waived}).
 *
 * @param outcome go / no-go for a decision, the waived gate for a waiver
 * @param reason  for a decision the reasons of every gate that did not pass; for a waiver, the reason given
 * @param expires a waiver's expiry, empty for decisions
 */
public record GateEntry(long seq, Instant time, String actor, String kind, String release, String system,
                        String environment, String outcome, String reason, String expires) {
}
