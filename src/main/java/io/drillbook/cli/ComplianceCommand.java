package io.drillbook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.compliance.ComplianceService;
import io.drillbook.core.compliance.DailyCompliance;
import io.drillbook.core.model.SystemEnv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code compliance --system S --env E --from DATE --to DATE [--zone ZONE] [--json]}: the daily
 * RPO, tested RPO, RTO and drill-freshness statuses with the worst values. Exit 0, or 2 on bad
 * arguments.
 */
@ReadOnly
@Command(name = "compliance", mixinStandardHelpOptions = true,
        description = "Daily RPO/RTO compliance of one system in one environment.")
public final class ComplianceCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<ComplianceService> compliance;

    @Spec
    private CommandSpec spec;

    @Option(names = "--system", required = true)
    private String system;

    @Option(names = "--env", required = true)
    private String env;

    @Option(names = "--from", required = true, description = "first day, e.g. 2026-10-01")
    private LocalDate from;

    @Option(names = "--to", required = true, description = "last day (inclusive)")
    private LocalDate to;

    @Option(names = "--zone", defaultValue = "UTC", description = "calendar days in this zone (default ${DEFAULT-VALUE})")
    private ZoneId zone;

    @Option(names = "--json", description = "print JSON")
    private boolean json;

    /** @param compliance looked up only when the command runs, so {@code --help} opens no database */
    public ComplianceCommand(Supplier<ComplianceService> compliance) {
        this.compliance = compliance;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        List<DailyCompliance> days;
        try {
            days = compliance.get().daily(new SystemEnv(system, env), from, to, zone);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(asJson(days)));
        } else {
            out.printf(Locale.ROOT, "%-10s  %-9s %9s  %-10s %9s  %-9s %-9s %s%n", "day", "rpo", "worst", "tested-rpo", "worst",
                    "rto", "drill", "drill-age");
            days.forEach(d -> out.printf(Locale.ROOT, "%-10s  %-9s %9s  %-10s %9s  %-9s %-9s %s%n", d.day(), d.rpo(),
                    hours(d.worstRpoMinutes()), d.testedRpo(), hours(d.worstTestedRpoMinutes()), d.rto(), d.drillFreshness(),
                    d.drillAgeDays() < 0 ? "-" : d.drillAgeDays() + "d"));
        }
        return 0;
    }

    private static String hours(int minutes) {
        return minutes < 0 ? "-" : String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    private Map<String, Object> asJson(List<DailyCompliance> days) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("system", system);
        root.put("env", env);
        root.put("zone", zone.getId());
        root.put("days", days.stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("day", d.day().toString());
            m.put("rpo", d.rpo().name());
            m.put("worstRpoMinutes", d.worstRpoMinutes());
            m.put("testedRpo", d.testedRpo().name());
            m.put("worstTestedRpoMinutes", d.worstTestedRpoMinutes());
            m.put("rto", d.rto().name());
            m.put("drillFreshness", d.drillFreshness().name());
            m.put("drillAgeDays", d.drillAgeDays());
            return m;
        }).toList());
        return root;
    }
}
