package io.drillbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server for a benchmark: the one named by DRILLBOOK_TEST_PG_URL, or one started
 * here with .ci/start-postgres.sh and stopped on close. Each benchmark gets its own database.
 */
final class TestPostgres implements AutoCloseable {
    private static final Pattern EXPORT = Pattern.compile("export (\\w+)='([^']*)'");

    private final String adminUrl;
    private final String startedDir;
    private final String database;

    private TestPostgres(String adminUrl, String startedDir, String database) {
        this.adminUrl = adminUrl;
        this.startedDir = startedDir;
        this.database = database;
    }

    static TestPostgres startOrReuse(String database) throws IOException, InterruptedException, SQLException {
        String url = System.getenv("DRILLBOOK_TEST_PG_URL");
        String dir = null;
        if (url == null || url.isBlank()) {
            Map<String, String> exported = run(".ci/start-postgres.sh");
            url = exported.get("DRILLBOOK_TEST_PG_URL");
            dir = exported.get("DRILLBOOK_TEST_PG_DIR");
        }
        TestPostgres pg = new TestPostgres(url, dir, database);
        pg.admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        pg.admin("CREATE DATABASE " + database);
        return pg;
    }

    String url() {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Map<String, String> run(String script, String... env) throws IOException, InterruptedException {
        Path state = Files.createTempFile("drillbook-bench-pg", ".state");
        ProcessBuilder pb = new ProcessBuilder("bash", script).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("DRILLBOOK_PG_STATE", state.toString());
        for (int i = 0; i + 1 < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(script + " failed: " + out);
        }
        Map<String, String> exported = new java.util.HashMap<>();
        Matcher m = EXPORT.matcher(out);
        while (m.find()) {
            exported.put(m.group(1), m.group(2));
        }
        return exported;
    }

    @Override
    public void close() throws Exception {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        if (startedDir != null) {
            run(".ci/stop-postgres.sh", "DRILLBOOK_TEST_PG_DIR", startedDir);
        }
    }
}
