package io.drillbook.cli;

import io.drillbook.core.metrics.HealthCollector;
import io.drillbook.core.metrics.OpenMetricsText;
import io.drillbook.core.metrics.MetricsOutlet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code metrics [--out FILE] [--push URL]}: backup, drill and compliance health of every system and
 * environment as OpenMetrics text, on stdout, written atomically for node_exporter's textfile
 * collector, or pushed to a Pushgateway.
 */
@ReadOnly
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Backup, drill and compliance health as OpenMetrics text (stdout, a .prom file, or a Pushgateway).")
final class MetricsCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", description = "write atomically to FILE (e.g. /var/lib/prometheus/node-exporter/drillbook.prom)")
    Path out;

    @Option(names = "--push", paramLabel = "URL", description = "PUT to a Pushgateway, e.g. http://pushgateway:9091")
    String push;

    @Option(names = "--job", defaultValue = "drillbook", description = "Pushgateway job name (default: ${DEFAULT-VALUE})")
    String job;

    @Spec
    CommandSpec spec;

    private final Supplier<HealthCollector> collector;
    private final MetricsOutlet outlet;
    private final Clock clock;

    MetricsCommand(Supplier<HealthCollector> collector, MetricsOutlet outlet, Clock clock) {
        this.collector = collector;
        this.outlet = outlet;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        String text = OpenMetricsText.of(collector.get().collect(), clock.instant());
        if (out != null) {
            outlet.writeFile(out, text);
        }
        if (push != null) {
            outlet.push(push, job, text);
        }
        if (out == null && push == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
