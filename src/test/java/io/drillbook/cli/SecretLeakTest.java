package io.drillbook.cli;

import io.drillbook.app.AppContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An adversary's view of secrets: a value given from the environment to a playbook parameter
 * declared secret (whose name does not look secret) and to a drill parameter, echoed by the
 * commands to stdout and stderr and compared by a check. The real program runs in JVMs of its own
 * with the production logging set-up; then every file it wrote (database file bytes, logs, command
 * outputs) and every report exported afterwards (in this JVM, which never heard of the secret) is
 * searched for the value's bytes, zip entries unpacked.
 */
class SecretLeakTest {
    @TempDir
    static Path dir;
    static Path data;
    static String secret;
    static final List<String> printed = new ArrayList<>();

    @BeforeAll
    static void runAPlaybookAndADrillThatEchoTheSecret() throws Exception {
        data = dir.resolve("data");
        secret = "Sx" + UUID.randomUUID().toString().replace("-", "");
        Path playbook = Files.writeString(dir.resolve("leak.yaml"), """
                playbook: leak check
                system: shop
                environment: staging
                parameters:
                  - name: dbkey
                    type: string
                    required: true
                    secret: true
                steps:
                  - name: Echo it
                    run:
                      profile: local
                      command: echo "the key is ${param.dbkey}"; echo "to stderr ${param.dbkey}" >&2
                      expectOutput: the key
                  - name: Fail on it
                    run:
                      profile: local
                      command: echo "again ${param.dbkey}"; exit 3
                """);
        Path plan = Files.writeString(dir.resolve("leak-drill.yaml"), """
                drill: leak drill
                system: catalog
                environment: prod
                target: local
                backup:
                  pick: latest
                parameters:
                  harmless: value
                steps:
                  - name: Echo it
                    run: echo "drill sees ${param.harmless} and ${param.token}"
                checks:
                  - name: Compare it
                    run: echo "${param.token}"
                    expect: { equals: "something else" }
                """);
        // The demo workspace (a catalog/prod backup the drill restores) is seeded here, where the JVM is warm.
        try (io.drillbook.app.AppContext seeded = new io.drillbook.app.AppContext(new io.drillbook.app.platform.AppConfig(data, null, null),
                java.time.Clock.systemUTC())) {
            assertThat(seeded.seedDemoIfEmpty()).isTrue();
        }
        printed.add(child("playbook", "run", playbook.toString(), "--param-env", "dbkey=LEAK_SECRET"));
        printed.add(child("drill", "run", plan.toString(), "--param-env", "token=LEAK_SECRET"));
        for (String format : List.of("json", "html", "bundle", "csv")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Cli.run(new String[]{"export", "report", "--from", "2000-01-01", "--to", "2100-01-01", "--format", format,
                    "--out", dir.resolve("reports").resolve("report." + format).toString(), "--data-dir", data.toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true), AppContext::open);
            assertThat(status).as(format + ": " + err).isZero();
            printed.add(out + err.toString());
        }
    }

    /**
     * Runs the product's launcher in a JVM of its own, with the secret in its environment; returns what
     * it printed. Its class path is the product's, without the tests' classes: it logs as shipped, to its log file.
     */
    private static String child(String... args) throws IOException, InterruptedException {
        String productClassPath = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", productClassPath, "io.drillbook.app.Launcher"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--data-dir", data.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LEAK_SECRET", secret);
        pb.environment().remove("DRILLBOOK_OPERATOR");
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isIn(ExitCodes.NO, ExitCodes.OK);
        return text;
    }

    @Test
    void theSecretIsInNoFileTheProductWrote() throws IOException {
        Map<Path, byte[]> files = everyFile(dir);
        assertThat(files.keySet()).as("what was searched").anyMatch(p -> p.toString().endsWith("drillbook.mv.db"))
                .anyMatch(p -> p.toString().endsWith("drillbook.log")).anyMatch(p -> p.toString().endsWith(".stdout"))
                .anyMatch(p -> p.toString().endsWith(".stderr")).anyMatch(p -> p.toString().contains("report.bundle!"));
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        List<Path> leaks = files.entrySet().stream().filter(e -> !e.getKey().toString().endsWith(".yaml"))
                .filter(e -> indexOf(e.getValue(), needle) >= 0).map(Map.Entry::getKey).toList();
        assertThat(leaks).as("files holding the secret").isEmpty();
        assertThat(printed).as("what the commands printed").noneMatch(s -> s.contains(secret));
    }

    @Test
    void theSearchWouldHaveFoundItTheOutputsSayWhereItWasMasked() throws IOException {
        Map<Path, byte[]> files = everyFile(data.resolve("outputs"));
        assertThat(files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)))
                .as("command outputs; the runs printed: %s", printed)
                .anyMatch(s -> s.contains("the key is '***'")).anyMatch(s -> s.contains("to stderr '***'"));
        assertThat(new String(Files.readAllBytes(data.resolve("drillbook.mv.db")), StandardCharsets.ISO_8859_1))
                .as("the drill's output digest, the runs printed: %s", printed).contains("drill sees 'value' and '***'");
        assertThat(new String(Files.readAllBytes(data.resolve("drillbook.mv.db")), StandardCharsets.ISO_8859_1))
                .contains("leak check", "the key is '***'");
    }

    @Test
    void everyFileItWroteIsTheOwnersOnly() throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(data.resolve("outputs"))) {
            all.filter(Files::isRegularFile).forEach(p -> check(p, "rw-------", open));
        }
        try (Stream<Path> all = Files.walk(dir.resolve("reports"))) {
            all.filter(Files::isRegularFile).forEach(p -> check(p, "rw-------", open));
        }
        check(data, "rwx------", open);
        check(data.resolve("logs"), "rwx------", open);
        check(data.resolve("drillbook.mv.db"), "rw-------", open);
        assertThat(open).isEmpty();
    }

    private static void check(Path p, String mode, List<String> open) {
        try {
            String actual = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
            if (!actual.equals(mode)) {
                open.add(p + " " + actual);
            }
        } catch (IOException e) {
            open.add(p + " " + e.getMessage());
        }
    }

    /** Every regular file under {@code root}, and every entry of every zip as {@code file.zip!entry}. */
    private static Map<Path, byte[]> everyFile(Path root) throws IOException {
        Map<Path, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                out.put(p, bytes);
                if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
                    unzip(p, bytes, out);
                }
            }
        }
        return out;
    }

    private static void unzip(Path zip, byte[] bytes, Map<Path, byte[]> out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(Path.of(zip + "!" + e.getName()), readAll(in));
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
