package io.drillbook.cli;

import io.drillbook.core.team.Action;

import io.drillbook.core.evidence.ChainHead;
import io.drillbook.core.evidence.Ed25519;
import io.drillbook.core.evidence.BrokenChainException;
import io.drillbook.core.evidence.ChainAnchor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code evidence anchor --out FILE|s3://BUCKET/KEY [--storage PROFILE]}: verifies the live chain and
 * writes its head (seq, hash, time, Ed25519 signature) outside the database.
 */
@Mutates(Action.ANCHOR_EVIDENCE)
@Command(name = "anchor", mixinStandardHelpOptions = true,
        description = {"Verify the evidence chain and write its signed head outside the database (a file or s3://BUCKET/KEY),",
            "so that a later rewrite of the chain is caught by 'verify --against'."})
final class EvidenceAnchorCommand implements Callable<Integer> {
    private static final Logger LOGGER = LoggerFactory.getLogger(EvidenceAnchorCommand.class);

    private final Function<String, ChainAnchor> anchoring;

    @Option(names = "--out", required = true, paramLabel = "FILE|s3://BUCKET/KEY", description = "Where to write the anchor")
    String out;

    @Option(names = "--storage", paramLabel = "PROFILE",
            description = "Storage profile for an s3:// anchor (default: the profile for that bucket, else AWS's default chain)")
    String storage;

    @Spec
    CommandSpec spec;

    /** @param anchoring the anchoring service for a storage profile name (null: by bucket) */
    EvidenceAnchorCommand(Function<String, ChainAnchor> anchoring) {
        this.anchoring = anchoring;
    }

    @Override
    public Integer call() {
        try {
            ChainHead head = anchoring.apply(storage).anchor(out);
            spec.commandLine().getOut().println("Anchored event " + head.seq() + " (hash " + head.hash() + ") at " + head.time()
                    + " to " + out + ", signed with key " + Ed25519.shortId(head.keyId()));
            return ExitCodes.OK;
        } catch (BrokenChainException e) {
            spec.commandLine().getErr().println("drillbook: evidence anchor: " + ErrorMessages.oneLine(e));
            return ExitCodes.NO;
        } catch (RuntimeException e) {
            LOGGER.debug("evidence anchor failed", e);
            spec.commandLine().getErr().println("drillbook: evidence anchor: " + ErrorMessages.oneLine(e));
            return ExitCodes.ERROR;
        }
    }
}
