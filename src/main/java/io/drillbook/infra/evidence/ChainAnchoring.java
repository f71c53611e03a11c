package io.drillbook.infra.evidence;

import io.drillbook.core.evidence.AnchorCheck;
import io.drillbook.core.evidence.AnchorResult;
import io.drillbook.core.evidence.BrokenChainException;
import io.drillbook.core.evidence.ChainHead;
import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.Ed25519;
import io.drillbook.core.evidence.PublicSigningKey;
import io.drillbook.core.evidence.SignatureCheck;
import io.drillbook.core.evidence.SigningKey;
import io.drillbook.infra.db.JdbcChainCheck;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Anchors: {@link #anchor} verifies the live chain, signs its head and writes it outside the
 * database; {@link #check} proves a chain still holds each anchored head.
 */
public final class ChainAnchoring implements io.drillbook.core.evidence.ChainAnchor {
    private final JdbcChainCheck chain;
    private final Supplier<SigningKey> signingKey;
    private final AnchorLocations locations;
    private final Clock clock;

    public ChainAnchoring(JdbcChainCheck chain, Supplier<SigningKey> signingKey, AnchorLocations locations, Clock clock) {
        this.chain = chain;
        this.signingKey = signingKey;
        this.locations = locations;
        this.clock = clock;
    }

    /**
     * Verifies the chain, then writes its head, signed, to {@code location}.
     *
     * @throws BrokenChainException when the chain does not verify: a broken chain is not anchored
     */
    @Override
    public ChainHead anchor(String location) {
        SigningKey key = signingKey.get();
        JdbcChainCheck.Outcome outcome = chain.check();
        ChainVerification verified = outcome.verification();
        if (!verified.isIntact()) {
            throw new BrokenChainException("the evidence chain does not verify, so it is not anchored: " + verified.describe());
        }
        ChainHead head = ChainHead.unsigned(outcome.view().lastSeq(), verified.headHash(), clock.instant()).signedBy(key);
        locations.write(location, head);
        return head;
    }

    /** Checks each anchor against a chain already verified on its own. */
    public List<AnchorResult> check(List<String> anchorLocations, AnchorCheck.ChainView view, List<PublicSigningKey> keys) {
        return check(locations, anchorLocations, view, keys);
    }

    public static List<AnchorResult> check(AnchorLocations locations, List<String> anchorLocations, AnchorCheck.ChainView view,
                                           List<PublicSigningKey> keys) {
        SignatureCheck signatures = new SignatureCheck(keys);
        List<AnchorResult> results = new ArrayList<>();
        for (String location : anchorLocations) {
            ChainHead head;
            try {
                head = locations.read(location);
            } catch (RuntimeException e) {
                results.add(new AnchorResult(location, Optional.empty(), Optional.of("anchor " + location + " cannot be read: "
                        + oneLine(e))));
                continue;
            }
            String what = "anchor " + location;
            Optional<String> problem = signatures.headProblem(head, what).or(() -> AnchorCheck.problem(head, what, view));
            results.add(new AnchorResult(location, Optional.of(head), problem));
        }
        return results;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ');
    }
}
