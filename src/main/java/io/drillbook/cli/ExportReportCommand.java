package io.drillbook.cli;

import io.drillbook.core.report.ReportExporter;
import io.drillbook.core.report.ReportFormat;
import io.drillbook.core.report.ReportScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code export report --from DATE --to DATE [--system S] [--env E] [--as-of ISO-8601] --format pdf|csv|json|html|bundle|oscal --out PATH}.
 * Register under the {@code export} group: {@code exportCmd.addSubcommand("report", new ExportReportCommand(() -> context.get().reports().exporter()))}.
 */
@ReadOnly
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the evidence report of a period: PDF, CSV (a folder), JSON, HTML, or a bundle an auditor can verify.")
public final class ExportReportCommand implements Callable<Integer> {
    private static final Logger LOGGER = LoggerFactory.getLogger(ExportReportCommand.class);

    private final Supplier<ReportExporter> exporter;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the period (YYYY-MM-DD, UTC)")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of the period, inclusive")
    LocalDate to;

    @Option(names = "--system", paramLabel = "S", description = "Only this system (repeatable; default all)")
    List<String> systems = List.of();

    @Option(names = "--env", paramLabel = "E", description = "Only this environment (repeatable; default all)")
    List<String> environments = List.of();

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf, csv, json, html, bundle or oscal (OSCAL assessment results)")
    String format;

    @Option(names = "--as-of", paramLabel = "ISO-8601", description = "The report's time (e.g. 2026-10-01T00:00:00Z); default: the newest evidence event's time, so the same evidence gives the same bytes")
    java.time.Instant asOf;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "File to write (a folder for csv)")
    Path out;

    @Spec
    CommandSpec spec;

    public ExportReportCommand(Supplier<ReportExporter> exporter) {
        this.exporter = exporter;
    }

    @Override
    public Integer call() {
        try {
            ReportScope scope = new ReportScope(from, to, new LinkedHashSet<>(systems), new LinkedHashSet<>(environments));
            Path written = exporter.get().export(scope, ReportFormat.parse(format), out, java.util.Optional.ofNullable(asOf));
            spec.commandLine().getOut().println("Wrote " + written);
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            LOGGER.debug("export report failed", e);
            spec.commandLine().getErr().println("drillbook: export report: " + ErrorMessages.oneLine(e));
            return ExitCodes.ERROR;
        }
    }
}
