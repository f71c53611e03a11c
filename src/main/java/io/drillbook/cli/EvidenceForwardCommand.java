package io.drillbook.cli;

import io.drillbook.core.team.Action;

import io.drillbook.core.forward.EvidenceForwarder;
import io.drillbook.core.forward.EvidenceSink;
import io.drillbook.core.pipeline.ForwardTarget;
import io.drillbook.core.pipeline.PipelineSettingsRepository;
import io.drillbook.core.work.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code evidence forward [--target NAME] [--follow] [--poll PT5S]}: every evidence event after the
 * stored position to the workspace's forward targets (RFC 5424 syslog over TCP/TLS, JSON lines).
 */
@Mutates(Action.FORWARD_EVIDENCE)
@Command(name = "forward", mixinStandardHelpOptions = true,
        description = "Forward evidence events to syslog (RFC 5424, TCP or TLS) or a JSON lines file, from where the last run stopped.")
final class EvidenceForwardCommand implements Callable<Integer> {
    @Option(names = "--target", description = "forward to this target only (a name under pipelines: evidenceForwarding:)")
    String target;

    @Option(names = "--follow", description = "keep running and forward new events as they are recorded (stop with Ctrl-C / SIGTERM)")
    boolean follow;

    @Option(names = "--poll", defaultValue = "PT5S", description = "how often --follow looks for new events (default ${DEFAULT-VALUE})")
    Duration poll;

    @Spec
    CommandSpec spec;

    private final Supplier<PipelineSettingsRepository> settings;
    private final Supplier<EvidenceForwarder> forwarder;

    private final Function<ForwardTarget, EvidenceSink> sinkFactory;

    EvidenceForwardCommand(Supplier<PipelineSettingsRepository> settings, Supplier<EvidenceForwarder> forwarder,
                           Function<ForwardTarget, EvidenceSink> sinks) {
        this.sinkFactory = sinks;
        this.settings = settings;
        this.forwarder = forwarder;
    }

    @Override
    public Integer call() {
        List<ForwardTarget> targets = settings.get().load().forwarding().stream()
                .filter(t -> target == null || t.name().equals(target)).toList();
        if (targets.isEmpty()) {
            spec.commandLine().getErr().println("evidence forward: " + (target == null
                    ? "the workspace names no forward targets (pipelines: evidenceForwarding:)" : "no forward target named '" + target + "'"));
            return ExitCodes.ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        EvidenceForwarder f = forwarder.get();
        if (!follow) {
            for (ForwardTarget t : targets) {
                try (EvidenceSink sink = sinkFactory.apply(t)) {
                    out.println("forwarded " + f.catchUp(t.name(), sink) + " events to " + t.name());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
        return followAll(f, targets);
    }

    private int followAll(EvidenceForwarder f, List<ForwardTarget> targets) {
        CancellationToken cancel = new CancellationToken();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.cancel();
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "drillbook-forward-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        List<EvidenceSink> sinks = targets.stream().map(sinkFactory::apply).toList();
        try {
            while (!cancel.isCancelled()) {
                for (int i = 0; i < targets.size(); i++) {
                    f.catchUp(targets.get(i).name(), sinks.get(i));
                }
                sleep(poll);
            }
            return ExitCodes.OK;
        } finally {
            sinks.forEach(EvidenceSink::close);
            stopped.countDown();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
