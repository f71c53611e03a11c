package io.drillbook.cli;

import io.drillbook.core.evidence.ChainVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the evidence chain: every event's hash and its link to the one before.")
final class VerifyCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    VerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ChainVerification result = context.get().evidenceLog().verify();
        if (result.isIntact()) {
            spec.commandLine().getOut().println(result.describe());
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println("drillbook: evidence chain " + result.describe());
        return ExitCodes.NO;
    }
}
