package io.drillbook.cli;

import io.drillbook.app.AppContext;
import io.drillbook.core.team.Action;
import io.drillbook.infra.team.PostgresLogins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access door for every headless command: each command in picocli's tree says what it needs
 * ({@code @Mutates(Action)} or {@code @ReadOnly}), and on a shared PostgreSQL workspace a viewer is
 * refused every mutating one before it runs: exit 2, one line, an {@code access.denied} event and
 * nothing else written. The mutating list is derived from the tree, so a new command is tested as
 * soon as it exists, and fails here until it is classified.
 */
class CommandAccessTest {
    /**
     * Commands that change nothing in the workspace or its evidence. A new read-only command goes here
     * AND gets {@code @ReadOnly} on its class: both, so a wrong classification shows up in review.
     */
    static final Set<String> READ_ONLY = Set.of("drillbook", "import", "export", "archive", "playbook", "inventory", "drill",
            "roles", "roles list", "export workspace", "export ics", "export playbook", "export report", "export drill-plan",
            "verify", "compliance", "drill list", "drill runs", "drill show", "playbook runs", "playbook show", "backups",
            "backups list", "evidence", "profile", "profile list", "profile show", "known-hosts", "known-hosts list", "source",
            "source list", "backup", "annotate", "metrics");

    @TempDir
    static Path dir;
    static PostgresLogins server;

    @BeforeAll
    static void sharedWorkspace() {
        server = new PostgresLogins(dir, "admin", "viewer");
        Run first = run("admin", "roles", "list");
        assertThat(first.status()).as(first.err()).isZero();   // first login: admin
        assertThat(run("viewer", "roles", "list").out()).contains(server.login("viewer") + ": viewer");
    }

    @AfterAll
    static void dropIt() {
        if (server != null) {
            server.close();
        }
    }

    record Run(int status, String out, String err) {
    }

    static Run run(String person, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", server.url(person), "--data-dir", dir.resolve("data-" + person).toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), AppContext::open);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void everyCommandSaysWhatItNeeds() {
        List<String> problems = new ArrayList<>();
        Set<String> readOnly = new TreeSet<>();
        for (CommandSpec spec : allCommands()) {
            String name = CommandAccess.qualifiedName(spec);
            var need = CommandAccess.need(spec);
            if (need.isEmpty()) {
                problems.add("'" + name + "' " + CommandAccess.UNCLASSIFIED);
            } else if (need.get().readOnly()) {
                readOnly.add(name);
            }
        }
        assertThat(problems).as("unclassified commands").isEmpty();
        assertThat(readOnly).as("@ReadOnly commands must match CommandAccessTest.READ_ONLY (add a new read-only command to both)")
                .isEqualTo(new TreeSet<>(READ_ONLY));
        assertThat(mutating()).as("mutating commands").containsKeys("import restic", "import ics", "import drill-plan",
                "import workspace", "archive evidence", "roles grant", "playbook run", "playbook approve", "move-workspace");
    }

    @Test
    void aViewerIsRefusedEveryMutatingCommandAndTheRefusalIsTheOnlyWrite() throws SQLException {
        Map<String, CommandSpec> mutating = mutating();
        assertThat(mutating).isNotEmpty();
        String viewer = server.login("viewer");
        for (Map.Entry<String, CommandSpec> e : mutating.entrySet()) {
            Action action = CommandAccess.need(e.getValue()).orElseThrow().action().orElseThrow();
            Map<String, Long> before = rowCounts();
            long seq = headSeq();
            Run r = run("viewer", argsFor(e.getKey(), e.getValue()));
            assertThat(r.status()).as(e.getKey() + ": " + r.err()).isEqualTo(ExitCodes.ERROR);
            assertThat(r.err()).as(e.getKey()).isEqualTo("drillbook: " + viewer + " may not " + action.description()
                    + " (roles: viewer); it needs one of: " + neededRoles(action) + System.lineSeparator());
            assertThat(newEvents(seq)).as(e.getKey()).containsExactly("access.denied " + viewer + " "
                    + action.name().toLowerCase(java.util.Locale.ROOT));
            Map<String, Long> after = rowCounts();
            before.merge("evidence_events", 1L, Long::sum);
            assertThat(after).as(e.getKey() + ": nothing but the refusal was written").isEqualTo(before);
        }
    }

    @Test
    void pruningEvidenceNeedsAdmin() {
        assertThat(Action.ARCHIVE_EVIDENCE.allowedRoles()).containsExactly(io.drillbook.core.team.Role.ADMIN);
        assertThat(CommandAccess.need(mutating().get("archive evidence")).orElseThrow().action()).contains(Action.ARCHIVE_EVIDENCE);
    }

    @picocli.CommandLine.Command(name = "unmarked")
    static final class Unmarked implements java.util.concurrent.Callable<Integer> {
        boolean ran;

        @Override
        public Integer call() {
            ran = true;
            return 0;
        }
    }

    @Test
    void anUnclassifiedCommandIsRefusedWithoutRunningAndSaysWhatToDo() {
        Unmarked unmarked = new Unmarked();
        CommandLine root = new CommandLine(new DrillbookCommand()).addSubcommand("unmarked", unmarked);
        StringWriter err = new StringWriter();
        root.setErr(new PrintWriter(err, true));
        root.setExecutionStrategy(new CommandAccess(() -> {
            throw new AssertionError("no authorizer is asked for an unclassified command");
        }, () -> "nobody"));
        assertThat(root.execute("unmarked")).isEqualTo(ExitCodes.ERROR);
        assertThat(unmarked.ran).isFalse();
        assertThat(err.toString()).startsWith("drillbook: 'unmarked' says neither what it changes nor that it only reads: "
                + "annotate its class (or method) with @Mutates(Action.X)");
    }

    private static String neededRoles(Action action) {
        return String.join(", ", action.allowedRoles().stream().map(io.drillbook.core.team.Role::label).toList());
    }

    /** Every command in the tree the CLI runs, built without opening any store. */
    static List<CommandSpec> allCommands() {
        CliContext never = new CliContext(new GlobalOptions(), config -> {
            throw new AssertionError("building the command tree must not open the store");
        });
        CommandLine root = DrillbookCommand.commandLine(never, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Set<CommandSpec> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<CommandSpec> out = new ArrayList<>();
        collect(root, seen, out);
        return out;
    }

    private static void collect(CommandLine cl, Set<CommandSpec> seen, List<CommandSpec> out) {
        if (seen.add(cl.getCommandSpec())) {
            out.add(cl.getCommandSpec());
            cl.getSubcommands().values().forEach(sub -> collect(sub, seen, out));
        }
    }

    static Map<String, CommandSpec> mutating() {
        Map<String, CommandSpec> out = new TreeMap<>();
        for (CommandSpec spec : allCommands()) {
            CommandAccess.need(spec).filter(n -> !n.readOnly()).ifPresent(n -> out.put(CommandAccess.qualifiedName(spec), spec));
        }
        return out;
    }

    /** The command's name and a value for each required parameter and option, so that it parses. */
    private static String[] argsFor(String name, CommandSpec spec) {
        List<String> args = new ArrayList<>(List.of(name.split(" ")));
        for (PositionalParamSpec p : spec.positionalParameters()) {
            for (int i = 0; i < p.arity().min(); i++) {
                args.add(dummy(p.type()));
            }
        }
        for (OptionSpec o : spec.options()) {
            if (o.required()) {
                args.add(o.longestName());
                if (o.arity().min() > 0) {
                    args.add(dummy(o.type()));
                }
            }
        }
        return args.toArray(String[]::new);
    }

    private static String dummy(Class<?> type) {
        if (type == LocalDate.class) {
            return "2030-01-01";
        }
        if (type == Path.class) {
            return dir.resolve("input-" + System.nanoTime()).toString();
        }
        if (type == ZoneId.class) {
            return "UTC";
        }
        if (type == Instant.class) {
            return "2030-01-01T00:00:00Z";
        }
        if (type == Duration.class) {
            return "PT1H";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "1";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        return "x";
    }

    private static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(server.adminUrl()); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                    + "AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static long headSeq() throws SQLException {
        try (Connection c = DriverManager.getConnection(server.adminUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM evidence_events")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** "kind actor action" of each event after {@code seq}. */
    private static List<String> newEvents(long seq) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server.adminUrl());
             var ps = c.prepareStatement("SELECT kind, actor, payload FROM evidence_events WHERE seq > ? ORDER BY seq")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String payload = rs.getString(3);
                    String action = payload.replaceAll("(?s).*\"action\":\"([^\"]*)\".*", "$1");
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + action);
                }
            }
        }
        return out;
    }
}
