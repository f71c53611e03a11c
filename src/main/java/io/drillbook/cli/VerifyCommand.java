package io.drillbook.cli;

import io.drillbook.core.evidence.AnchorResult;
import io.drillbook.core.evidence.EvidenceVerifier;
import io.drillbook.core.evidence.EvidenceVerifier.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@ReadOnly
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the evidence chain: every checkpoint's signature, every event's hash and its link to the one before.",
            "With BUNDLE, check an exported bundle instead: every file against MANIFEST.sha256 and its chain segment.",
            "With --against, also prove that the chain still holds each anchored head (see 'evidence anchor').",
            "Exit 0 OK, 1 mismatch, 2 error."})
final class VerifyCommand implements Callable<Integer> {
    private static final Logger LOGGER = LoggerFactory.getLogger(VerifyCommand.class);

    private final EvidenceVerifier verifier;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BUNDLE", description = "A bundle (.zip) written by 'export report --format bundle'")
    Path bundle;

    @Option(names = "--against", arity = "1..*", paramLabel = "ANCHOR",
            description = "Anchors (FILE or s3://BUCKET/KEY) written by 'evidence anchor' that the chain must still hold")
    List<String> anchors = List.of();

    @Option(names = "--storage", paramLabel = "PROFILE", description = "Storage profile for s3:// anchors (default: the profile for that bucket)")
    String storage;

    @Spec
    CommandSpec spec;

    /** @param verifier opens the store only for the live chain or an s3:// anchor's storage profile */
    VerifyCommand(EvidenceVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Integer call() {
        try {
            return bundle == null ? verifyLiveChain() : verifyBundle();
        } catch (RuntimeException e) {
            LOGGER.debug("verify failed", e);
            spec.commandLine().getErr().println("drillbook: verify: " + ErrorMessages.oneLine(e));
            return ExitCodes.ERROR;
        }
    }

    private int verifyLiveChain() {
        Verdict result = verifier.verifyLive(anchors, storage);
        if (!result.intact()) {
            spec.commandLine().getErr().println("drillbook: evidence chain " + result.describe());
            return ExitCodes.NO;
        }
        return report(result.describe(), result.anchors(), "drillbook: evidence chain ");
    }

    private int verifyBundle() {
        Verdict result;
        try {
            result = verifier.verifyBundle(bundle, anchors, storage);
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("drillbook: cannot read bundle " + bundle + ": " + ErrorMessages.oneLine(e));
            return ExitCodes.ERROR;
        }
        if (!result.intact()) {
            result.problems().forEach(p -> spec.commandLine().getErr().println("drillbook: " + bundle + ": " + p));
            return ExitCodes.NO;
        }
        return report(bundle + ": " + result.describe(), result.anchors(), "drillbook: " + bundle + ": ");
    }

    private int report(String ok, List<AnchorResult> checked, String errPrefix) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allHeld = checked.stream().allMatch(r -> r.problem().isEmpty());
        if (!allHeld) {
            checked.stream().filter(r -> r.problem().isPresent()).forEach(r -> err.println(errPrefix + r.describe()));
            return ExitCodes.NO;
        }
        out.println(ok);
        checked.forEach(r -> out.println(r.describe()));
        return ExitCodes.OK;
    }
}
