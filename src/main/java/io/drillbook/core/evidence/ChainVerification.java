package io.drillbook.core.evidence;

/**
 * The outcome of walking an evidence chain.
 *
 * @param checked   how many events were checked
 * @param headHash  hash of the last event that checked out (the genesis hash for an empty chain)
 * @param brokenAt  sequence number of the first event that does not match, or -1 when intact
 * @param problem   what is wrong with it, empty when intact
 */
public record ChainVerification(long checked, String headHash, long brokenAt, String problem) {

    public static ChainVerification intact(long checked, String headHash) {
        return new ChainVerification(checked, headHash, -1, "");
    }

    public static ChainVerification broken(long checked, String headHash, long brokenAt, String problem) {
        return new ChainVerification(checked, headHash, brokenAt, problem);
    }

    public boolean isIntact() {
        return brokenAt < 0;
    }

    /** One line a person can read. */
    public String describe() {
        return isIntact()
                ? "OK: " + checked + " events, head " + headHash
                : "BROKEN at event " + brokenAt + ": " + problem;
    }
}
