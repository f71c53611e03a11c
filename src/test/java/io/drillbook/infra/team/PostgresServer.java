package io.drillbook.infra.team;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test PostgreSQL server of .ci/start-postgres.sh, controlled through pg_ctl: found by
 * {@code DRILLBOOK_TEST_PG_DIR}; a test that needs it is skipped with a reason without it.
 */
final class PostgresServer {
    static final String DIR_VARIABLE = "DRILLBOOK_TEST_PG_DIR";
    private static final Path PG_CTL = Path.of(System.getenv().getOrDefault("PG_BIN", "/usr/lib/postgresql/15/bin"), "pg_ctl");

    private final Path dataDir;

    private PostgresServer(Path dataDir) {
        this.dataDir = dataDir;
    }

    static PostgresServer ofTestServer() {
        String dir = System.getenv(DIR_VARIABLE);
        Assumptions.assumeTrue(dir != null && !dir.isBlank() && Files.isDirectory(Path.of(dir, "data")),
                DIR_VARIABLE + " is not set to the data of .ci/start-postgres.sh: restart test skipped");
        Assumptions.assumeTrue(Files.isExecutable(PG_CTL), PG_CTL + " not found: restart test skipped");
        return new PostgresServer(Path.of(dir, "data"));
    }

    /** Stops the server (ending every session at once) and starts it again with the same options; returns when it accepts connections. */
    void restart() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(PG_CTL.toString(), "-D", dataDir.toString(), "-l", dataDir.resolveSibling("server.log").toString(),
                "-m", "fast", "-w", "restart"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("pg_ctl restart finished").isTrue();
        assertThat(p.exitValue()).as("pg_ctl restart: " + output).isZero();
    }
}
