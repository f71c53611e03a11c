package io.drillbook.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The MariaDB that {@code .ci/start-mariadb.sh} started: {@code DRILLBOOK_TEST_MARIADB_HOST/PORT/USER}.
 * Tests skip with this reason when it is not configured.
 */
public record MariaDbServer(String host, int port, String user) {
    public static final String NOT_CONFIGURED = "no MariaDB: run eval \"$(.ci/start-mariadb.sh)\" (Debian mariadb-server) to set DRILLBOOK_TEST_MARIADB_PORT";

    public static Optional<MariaDbServer> fromEnvironment() {
        String port = System.getenv("DRILLBOOK_TEST_MARIADB_PORT");
        if (port == null || port.isBlank() || ExternalTool.find("mariadb").isEmpty() || ExternalTool.find("mysqldump").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MariaDbServer(System.getenv().getOrDefault("DRILLBOOK_TEST_MARIADB_HOST", "127.0.0.1"),
                Integer.parseInt(port), System.getenv().getOrDefault("DRILLBOOK_TEST_MARIADB_USER", "root")));
    }

    /** Runs SQL with the {@code mariadb} client; returns its output (tab-separated, no column names). */
    public String sql(String database, String statements) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("mariadb", "--no-defaults", "-N", "-B", "-h", host, "-P", Integer.toString(port), "-u", user));
        if (database != null) {
            cmd.add(database);
        }
        ExternalTool.Result r = ExternalTool.run(cmd, statements);
        if (r.exit() != 0) {
            throw new IOException("mariadb failed: " + r.output());
        }
        return r.output();
    }
}
