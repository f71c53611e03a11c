package io.drillbook.infra.report;

import io.drillbook.core.evidence.ChainHead;
import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.PublicSigningKey;
import io.drillbook.core.evidence.SignatureCheck;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what a bundle says about the live chain it was built from: chain/head.json must be a
 * head at or after the segment's last event (the same hash when it is that event), and, when
 * signed, carry a valid signature by a key listed in chain/keys.json. Bundles written before
 * heads existed hold neither file and are not judged on them.
 */
final class BundleHeadCheck {
    private final Map<String, byte[]> files;

    BundleHeadCheck(Map<String, byte[]> files) {
        this.files = files;
    }

    /** The head the bundle carries, if any and readable. */
    Optional<ChainHead> head() {
        byte[] bytes = files.get(BundleWriter.HEAD);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ChainHead.parse(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    List<PublicSigningKey> keys() {
        byte[] bytes = files.get(BundleWriter.KEYS);
        return bytes == null ? List.of() : BundleKeys.parse(bytes);
    }

    List<String> problems(ChainVerification chain) {
        List<String> problems = new ArrayList<>();
        byte[] bytes = files.get(BundleWriter.HEAD);
        if (bytes == null) {
            return problems;
        }
        ChainHead head;
        try {
            head = ChainHead.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            problems.add(BundleWriter.HEAD + " " + e.getMessage());
            return problems;
        }
        List<PublicSigningKey> keys;
        try {
            keys = keys();
        } catch (IllegalArgumentException e) {
            problems.add(BundleWriter.KEYS + " " + e.getMessage());
            return problems;
        }
        if (head.isSigned()) {
            new SignatureCheck(keys).headProblem(head, BundleWriter.HEAD).ifPresent(problems::add);
        }
        long lastSeq = chain.isIntact() && chain.checked() > 0 ? firstSeq() + chain.checked() - 1 : -1;
        if (lastSeq > head.seq()) {
            problems.add(BundleWriter.HEAD + " says the chain ended at event " + head.seq() + ", before the bundle's last event " + lastSeq);
        } else if (lastSeq == head.seq() && lastSeq > 0 && !head.hash().equals(chain.headHash())) {
            problems.add(BundleWriter.HEAD + " gives event " + lastSeq + " another hash than the bundle's chain");
        }
        return problems;
    }

    private long firstSeq() {
        byte[] segment = files.get(BundleWriter.SEGMENT);
        if (segment == null) {
            return -1;
        }
        try {
            return io.drillbook.core.evidence.CanonicalJson.read(new String(segment, StandardCharsets.UTF_8)).path("firstSeq").asLong(-1);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
