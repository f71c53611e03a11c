package io.drillbook.infra.drill;

import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.drill.DrillCleanup;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.Leftovers;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.RunResult;
import io.drillbook.infra.db.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drill over Debian's OpenSSH whose JVM is killed with SIGKILL mid-restore leaves its PostgreSQL
 * database behind; on the next start it is listed as interrupted with that leftover, and its
 * cleanup, run later, drops the database. Needs .ci/start-postgres.sh and .ci/start-sshd.sh.
 */
@RequiresPostgres
@EnabledIfEnvironmentVariable(named = "DRILLBOOK_TEST_SSHD_PORT", matches = "\\d+",
        disabledReason = "DRILLBOOK_TEST_SSHD_PORT is not set: eval \"$(.ci/start-sshd.sh)\" to run the OpenSSH drill tests")
class DrillCleanupRealServersTest {
    @TempDir
    Path tmp;

    @Test
    void drillKilledMidRestoreIsListedWithItsDatabaseAndCleanupDropsIt() throws Exception {
        String pgUrl = System.getenv("DRILLBOOK_TEST_PG_URL");
        Matcher m = Pattern.compile("jdbc:postgresql://[^:]+:(\\d+)/[^?]+\\?user=(\\w+)").matcher(pgUrl);
        assertThat(m.matches()).as("PG URL " + pgUrl).isTrue();
        List<String> before = drillDatabases(pgUrl);

        killMidRestore(m.group(1), m.group(2));

        List<String> left = new ArrayList<>(drillDatabases(pgUrl));
        left.removeAll(before);
        assertThat(left).as("the killed drill left its database").hasSize(1);
        try (DrillFixture fx = new DrillFixture(tmp); RemoteShell shell = OpenSshShells.open(tmp)) {
            assertThat(fx.recovery().listingLeftoversFrom(fx.leftovers).markInterrupted()).hasSize(1);
            DrillCleanup cleanup = fx.cleanup(name -> shell);

            Leftovers interrupted = cleanup.pending().get(0);
            assertThat(interrupted.run().result()).isEqualTo(RunResult.INTERRUPTED);
            assertThat(interrupted.why()).isEqualTo("interrupted");
            assertThat(interrupted.cleanup().targetProfile()).isEqualTo("openssh");
            assertThat(interrupted.cleanup().shownCommands()).singleElement().asString()
                    .contains("dropdb", "shop_drill_'" + interrupted.runId() + "'");
            assertThat(left.get(0)).isEqualTo("shop_drill_" + interrupted.runId());

            assertThat(fx.evidence.repository().find(EvidenceQuery.all(10).withKindPrefix("drill.interrupted"))).singleElement()
                    .satisfies(e -> assertThat(e.payload()).contains("\"mayHaveLeft\"", "dropdb", "drill cleanup " + interrupted.runId()));

            assertThat(cleanup.cleanup(interrupted.runId(), "alice", Map.of(), DrillListener.NONE)).isTrue();

            assertThat(drillDatabases(pgUrl)).doesNotContain(left.get(0));
            assertThat(cleanup.pending()).isEmpty();
            assertThat(fx.evidence.repository().find(EvidenceQuery.all(10).withKindPrefix("drill.cleanup"))).singleElement()
                    .satisfies(e -> assertThat(e.payload()).contains("\"why\":\"interrupted\"", "Drop drill database: PASSED"));
            assertThat(fx.evidence.verify().isIntact()).isTrue();
        } finally {
            for (String db : left) {
                sql(pgUrl, "DROP DATABASE IF EXISTS \"" + db + "\"");
            }
        }
    }

    private void killMidRestore(String pgPort, String pgUser) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                DrillOverSshChildMain.class.getName(), tmp.toString(), pgPort, pgUser).redirectErrorStream(true).start();
        try {
            CompletableFuture<Boolean> restoring = CompletableFuture.supplyAsync(() -> waitForLine(child, "STEP Restore dump RUNNING"));
            assertThat(restoring.get(90, TimeUnit.SECONDS)).as("child reached the restore").isTrue();
        } finally {
            List<ProcessHandle> descendants = child.descendants().toList();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static boolean waitForLine(Process child, String wanted) {
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals(wanted)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> drillDatabases(String pgUrl) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pgUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'shop_drill_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void sql(String pgUrl, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(pgUrl); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
