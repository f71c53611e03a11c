package io.drillbook.infra.report;

/** How an auditor checks a bundle, printed in the PDF's appendix and the HTML report. */
final class VerifyInstructions {
    static final String TEXT = "The bundle (a zip file) holds this report as PDF, JSON and CSV, every full command "
            + "output the events refer to, the evidence events of the period as JSON lines (chain/events.jsonl), the "
            + "segment's boundaries (chain/segment.json), the live chain's head it was built on (chain/head.json), the "
            + "workspace's public signing keys (chain/keys.json) and MANIFEST.sha256. "
            + "1. Check the files: unzip the bundle and run 'sha256sum -c MANIFEST.sha256'; every line must say OK. "
            + "2. Check the chain: run 'drillbook verify BUNDLE.zip', which checks the manifest and recomputes the "
            + "SHA-256 of every event from its sequence number, time, actor, kind, subject, payload and the previous "
            + "event's hash, starting from the anchor hash in chain/segment.json; it names any file or event that "
            + "does not match and exits 0 when all is well, 1 on a mismatch, 2 when the bundle cannot be read. "
            + "3. Link the bundle to the live chain: the anchor hash must equal the hash of the event before the "
            + "segment (or the previous bundle's last hash), and the head hash on the cover must appear in the live "
            + "chain or a later bundle. Each event's hash is SHA-256 over the length-prefixed fields "
            + "'<length>:<value>\\n' of seq, time (ISO-8601, microseconds), actor, kind, subject, payload and prev_hash.";

    private VerifyInstructions() {
    }
}
