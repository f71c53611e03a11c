package io.drillbook.cli;

import io.drillbook.app.ReportWiring;
import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.infra.report.BundleVerification;
import io.drillbook.infra.report.BundleVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@ReadOnly
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the evidence chain: every event's hash and its link to the one before.",
            "With BUNDLE, check an exported bundle instead: every file against MANIFEST.sha256 and its chain segment.",
            "Exit 0 OK, 1 mismatch, 2 error."})
final class VerifyCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BUNDLE", description = "A bundle (.zip) written by 'export report --format bundle'")
    Path bundle;

    @Spec
    CommandSpec spec;

    VerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return bundle == null ? verifyLiveChain() : verifyBundle();
    }

    private int verifyLiveChain() {
        ChainVerification result = ReportWiring.verifyingRepository(context.get()).verify();
        if (result.isIntact()) {
            spec.commandLine().getOut().println(result.describe());
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println("drillbook: evidence chain " + result.describe());
        return ExitCodes.NO;
    }

    private int verifyBundle() {
        BundleVerification result;
        try {
            result = new BundleVerifier().verify(bundle);
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("drillbook: cannot read bundle " + bundle + ": " + ErrorMessages.oneLine(e));
            return ExitCodes.ERROR;
        }
        if (result.isIntact()) {
            spec.commandLine().getOut().println(bundle + ": " + result.describe());
            return ExitCodes.OK;
        }
        result.problems().forEach(p -> spec.commandLine().getErr().println("drillbook: " + bundle + ": " + p));
        return ExitCodes.NO;
    }
}
