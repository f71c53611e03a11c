package io.drillbook.infra.report;

import io.drillbook.core.format.HumanUnits;
import io.drillbook.core.report.CoverFacts;

/** What the cover says about the chain, and how an auditor checks a bundle (PDF appendix, HTML). */
final class VerifyInstructions {
    static final String TEXT = "The bundle (a zip file) holds this report as PDF, JSON, CSV and OSCAL, every full command "
            + "output the events refer to, the evidence events of the period as JSON lines (chain/events.jsonl), the "
            + "segment's boundaries (chain/segment.json), the live chain's head it was built on (chain/head.json), the "
            + "workspace's public signing keys (chain/keys.json) and MANIFEST.sha256. "
            + "1. Check the files: unzip the bundle and run 'sha256sum -c MANIFEST.sha256'; every line must say OK. "
            + "2. Check the chain and the report: run 'drillbook verify BUNDLE.zip'. It checks the manifest, recomputes the "
            + "SHA-256 of every event from its sequence number, time, actor, kind, subject, payload and the previous "
            + "event's hash, starting from the anchor hash in chain/segment.json, and rebuilds the report's drills, steps, "
            + "playbook runs, gate decisions, waivers, gaps and events from those events, comparing them with report.json and "
            + "the CSV files; it names the first file, event or record that does not match and exits 0 when all is well, 1 on "
            + "a mismatch, 2 when the bundle cannot be read. The compliance lines come from the backup inventory, which is "
            + "not part of the chain: they are covered by the manifest only. "
            + "3. Link the bundle to the live chain: the anchor hash must equal the hash of the event before the "
            + "segment (or the previous bundle's last hash), and the head hash on the cover must appear in the live "
            + "chain or a later bundle. Each event's hash is SHA-256 over the length-prefixed fields "
            + "'<length>:<value>\\n' of seq, time (ISO-8601, microseconds), actor, kind, subject, payload and prev_hash.";

    private VerifyInstructions() {
    }

    /** The plain statement on the cover. */
    static String statement(CoverFacts c) {
        String verify = " Verify this report with 'drillbook verify BUNDLE.zip' on the bundle exported with it (see the last page).";
        if (!c.chainVerified()) {
            return "WARNING: the evidence chain did NOT verify when this report was made (" + c.chainEvents()
                    + " events checked): " + c.chainProblem() + "." + verify;
        }
        return "The evidence chain of " + String.format(java.util.Locale.ROOT, "%,d", c.chainEvents())
                + " events was verified at " + HumanUnits.dateTime(c.asOf()) + " (the report's as-of time), up to head event #"
                + c.headSeq() + " with hash " + c.headHash() + "." + verify;
    }
}
