package io.drillbook.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.infra.db.RequiresPostgres;
import io.drillbook.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drill configured entirely from a workspace file and a plan file, no console: a pg_dump kept in
 * S3Proxy, listed through a storage profile whose AWS credentials come from a {@code command:}
 * reference, restored over Debian's OpenSSH (key by {@code file:} reference, host key pinned in the
 * file) into a new PostgreSQL database, checked and dropped. Then no secret value may be found in
 * the workspace database, the data folder, the export, the output or the logs.
 */
@RequiresPostgres
@EnabledIfEnvironmentVariable(named = "DRILLBOOK_TEST_SSHD_PORT", matches = "\\d+",
        disabledReason = "DRILLBOOK_TEST_SSHD_PORT is not set: eval \"$(.ci/start-sshd.sh)\" to run the OpenSSH drill tests")
class WorkspaceConfiguredDrillTest {
    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm").withZone(ZoneOffset.UTC);

    @TempDir
    Path tmp;
    S3ProxyServer s3;
    String pgUrl;
    String pgPort;
    String sourceDb;
    ListAppender<ILoggingEvent> logs;
    AppContext ctx;
    Level rootLevel;
    final StringBuilder printed = new StringBuilder();

    @BeforeEach
    void setUp() throws Exception {
        pgUrl = System.getenv("DRILLBOOK_TEST_PG_URL");
        pgPort = pgUrl.replaceAll("^jdbc:postgresql://[^:]+:(\\d+)/.*$", "$1");
        sourceDb = "shop_src_" + System.nanoTime();
        sql(pgUrl, "CREATE DATABASE " + sourceDb);
        try (Connection c = DriverManager.getConnection(pgUrl.replaceAll("/[^/?]+\\?", "/" + sourceDb + "?"));
             Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("src/test/resources/drill/shop_schema.sql")));
        }
        Path dump = tmp.resolve("shop.dump");
        Process p = new ProcessBuilder("pg_dump", "-h", "127.0.0.1", "-p", pgPort, "-U", "postgres", "-Fc", "-f", dump.toString(), sourceDb)
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as(new String(p.getInputStream().readAllBytes())).isTrue();
        s3 = S3ProxyServer.start();
        s3.createBucket("backups");
        s3.put("backups", "shop/prod/" + KEY_TIME.format(Instant.now().minus(Duration.ofHours(5))) + ".dump", Files.readAllBytes(dump));
        logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.INFO);
        root.addAppender(logs);
        ctx = new AppContext(AppConfig.of(tmp.resolve("data").toString(), null), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (ctx != null) {
            ctx.close();
        }
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        if (s3 != null) {
            s3.close();
        }
        sql(pgUrl, "DROP DATABASE IF EXISTS " + sourceDb);
    }

    /** A headless command on the test's workspace (an empty one: everything comes from the files). */
    int run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        printed.append(out).append(err);
        return status;
    }

    @Test
    void aDrillSetUpFromFilesAloneRestoresTheDumpAndNoSecretIsKeptAnywhere() throws Exception {
        Path secrets = Files.createDirectories(tmp.resolve("operator-secrets"));
        Path awsJson = Files.writeString(secrets.resolve("aws.json"), "{\"Version\": 1, \"AccessKeyId\": \"" + S3ProxyServer.ACCESS_KEY
                + "\", \"SecretAccessKey\": \"" + S3ProxyServer.SECRET_KEY + "\"}\n");
        Path targetCredentials = Files.writeString(Files.createDirectories(tmp.resolve("target-secrets")).resolve("s3-user"),
                S3ProxyServer.ACCESS_KEY + ":" + S3ProxyServer.SECRET_KEY);
        Path ws = Files.writeString(tmp.resolve("workspace.yaml"), workspaceFile(awsJson));
        Path plan = Files.writeString(tmp.resolve("shop-db.yaml"), planFile(targetCredentials));

        assertThat(run("import", "workspace", ws.toString())).as(printed::toString).isZero();
        assertThat(run("import", "drill-plan", plan.toString())).as(printed::toString).isZero();
        int drill = run("drill", "run", "shop-db restore", "--json");

        assertThat(drill).as(printed::toString).isZero();
        assertThat(printed).contains("\"result\" : \"PASSED\"", "Schema version: PASSED", "Orders present: PASSED");
        java.util.regex.Matcher runId = java.util.regex.Pattern.compile("\"subject\" : \"([0-9a-f-]+)\"").matcher(printed);
        assertThat(runId.find()).isTrue();
        assertThat(drillDatabases()).doesNotContain("shop_drill_" + runId.group(1));
        assertThat(run("export", "workspace")).isZero();
        assertThat(printed).contains("credentials: command:cat " + awsJson, "key: file:" + System.getenv("DRILLBOOK_TEST_SSHD_KEY"),
                "fingerprint: " + pinnedFingerprint());

        List<String> secretValues = List.of(S3ProxyServer.SECRET_KEY, privateKeyBody());
        for (String secret : secretValues) {
            assertThat(printed.toString()).as("command output and export").doesNotContain(secret);
            assertThat(logLines()).as("logs").noneMatch(line -> line.contains(secret));
            for (Path file : filesUnder(tmp.resolve("data"))) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(secret);
            }
        }
        assertThat(filesUnder(tmp.resolve("data"))).anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"));
    }

    private String workspaceFile(Path awsJson) throws Exception {
        return """
                systems:
                - name: shop
                  owner: alice
                  tier: 1
                  environments:
                    prod: { rpo: PT24H, rto: PT4H, drillEvery: P90D }
                connectionProfiles:
                - name: openssh
                  host: %s
                  port: %s
                  user: %s
                  key: file:%s
                storageProfiles:
                - name: shop-backups
                  bucket: backups
                  prefix: shop/prod/
                  region: us-east-1
                  endpoint: %s
                  pathStyle: true
                  namingRule: "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump"
                  credentials: command:cat %s
                trustedHostKeys:
                - host: %s
                  port: %s
                  fingerprint: %s
                """.formatted(host(), port(), System.getenv("DRILLBOOK_TEST_SSHD_USER"), System.getenv("DRILLBOOK_TEST_SSHD_KEY"),
                s3.endpoint(), awsJson, host(), port(), pinnedFingerprint());
    }

    private String planFile(Path targetCredentials) {
        String pg = "-h 127.0.0.1 -p ${param.pgPort} -U postgres";
        return """
                drill: shop-db restore
                system: shop
                environment: prod
                target: openssh
                backup: { from: s3, storage: shop-backups, pick: latest }
                parameters:
                  pgPort: "%s"
                  endpoint: %s
                steps:
                  - name: Create isolated database
                    run: createdb %s shop_drill_${run.id}
                  - name: Restore dump from S3
                    run: curl -sSf --aws-sigv4 aws:amz:us-east-1:s3 -H x-amz-content-sha256:UNSIGNED-PAYLOAD --user "$(cat %s)" ${param.endpoint}/backups/${backup.id} | pg_restore --no-owner %s -d shop_drill_${run.id}
                checks:
                  - name: Schema version
                    run: psql %s -tA -d shop_drill_${run.id} -c 'select version from flyway_schema_history order by installed_rank desc limit 1'
                    expect: { equals: "4.1" }
                  - name: Orders present
                    run: psql %s -tA -d shop_drill_${run.id} -c 'select count(*) from orders'
                    expect: { atLeast: 5000 }
                cleanup:
                  - name: Drop drill database
                    run: dropdb --if-exists %s shop_drill_${run.id}
                """.formatted(pgPort, s3.endpoint(), pg, targetCredentials, pg, pg, pg, pg);
    }

    private static String host() {
        return System.getenv().getOrDefault("DRILLBOOK_TEST_SSHD_HOST", "127.0.0.1");
    }

    private static String port() {
        return System.getenv("DRILLBOOK_TEST_SSHD_PORT");
    }

    /** What {@code ssh-keygen -lf} prints for the server's host key. */
    private static String pinnedFingerprint() throws Exception {
        String[] key = Files.readString(Path.of(System.getenv("DRILLBOOK_TEST_SSHD_HOST_PUBKEY"))).trim().split("\\s+");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(key[1]));
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    }

    /** A line from the middle of the private key file: key material, not its armour. */
    private static String privateKeyBody() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(System.getenv("DRILLBOOK_TEST_SSHD_KEY")));
        return lines.get(lines.size() / 2);
    }

    private List<String> logLines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : logs.list) {
            lines.add(e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())));
        }
        return lines;
    }

    private static List<Path> filesUnder(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }

    private List<String> drillDatabases() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pgUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'shop_drill_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void sql(String url, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
