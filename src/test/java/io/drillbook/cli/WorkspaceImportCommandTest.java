package io.drillbook.cli;

import io.drillbook.app.AppContext;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.workspace.Workspace;
import io.drillbook.infra.workspace.WorkspaceYaml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import workspace} as a team uses it: policy changes, re-imports, dry runs, unknown targets. On an H2 file. */
class WorkspaceImportCommandTest {
    private static final String SHOP = "systems:\n  - name: shop\n    owner: alice\n    tier: 1\n"
            + "    description: Shop database (PostgreSQL)\n    environments:\n";
    @TempDir
    Path dataDir;

    record Run(int status, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data-dir", dataDir.toString()))
                .toArray(String[]::new);
        int status = Cli.run(all, new PrintWriter(out, true), new PrintWriter(err, true), AppContext::open);
        return new Run(status, out.toString(), err.toString());
    }

    Path file(String name, String yaml) throws Exception {
        return Files.writeString(dataDir.resolve(name), yaml);
    }

    String export() {
        Run r = run("export", "workspace");
        assertThat(r.status()).as(r.err()).isZero();
        return r.out();
    }

    List<Policy> policiesOf(SystemEnv target) {
        Workspace ws = WorkspaceYaml.read(export(), "export.yaml");
        return ws.policies().stream().filter(p -> p.target().equals(target))
                .sorted(Comparator.comparing(Policy::effectiveFrom)).toList();
    }

    @TempDir
    static Path demoTemplate;

    /** Seeds the demo once for the class and gives each test its own copy of that workspace. */
    @BeforeEach
    void startFromTheDemo() throws Exception {
        if (!Files.exists(demoTemplate.resolve("drillbook.mv.db"))) {
            StringWriter sink = new StringWriter();
            assertThat(Cli.run(new String[]{"verify", "--data-dir", demoTemplate.toString()}, new PrintWriter(sink), new PrintWriter(sink), AppContext::open))
                    .as(sink::toString).isZero();
        }
        try (java.util.stream.Stream<Path> files = Files.walk(demoTemplate)) {
            for (Path from : files.toList()) {
                Path to = dataDir.resolve(demoTemplate.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void undatedPolicyTakesEffectTodayAndTheOldOneStaysAsHistory() throws Exception {
        SystemEnv shopProd = new SystemEnv("shop", "prod");
        List<Policy> before = policiesOf(shopProd);
        Path ws = file("ws.yaml", SHOP + "      prod: { rpo: PT24H, rto: PT8H, drillEvery: P90D }\n");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Run r = run("import", "workspace", ws.toString());

        assertThat(r.status()).as(r.err()).isZero();
        Policy previous = before.get(before.size() - 1);
        assertThat(r.out()).contains("changed policy shop/prod: rto PT4H → PT8H (in force from " + today
                + "; the policy in force from " + previous.effectiveFrom() + " stays as history)");
        assertThat(r.out()).contains("0 added, 1 changed");
        List<Policy> after = policiesOf(shopProd);
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.subList(0, before.size())).containsExactlyElementsOf(before);
        assertThat(after.get(after.size() - 1)).isEqualTo(new Policy(shopProd, today, Duration.ofHours(24), Duration.ofHours(8),
                Period.ofDays(90), Duration.ofHours(24), Policy.DEFAULT_WARN_SHARE));
    }

    @Test
    void reimportingTheSameFileAddsNothing() throws Exception {
        Path ws = file("ws.yaml", SHOP + "      prod: { rpo: PT24H, rto: PT8H, drillEvery: P90D }\n");
        assertThat(run("import", "workspace", ws.toString()).status()).isZero();
        String exported = export();

        Run again = run("import", "workspace", ws.toString());

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 added, 0 changed, 2 unchanged").doesNotContain("changed policy");
        assertThat(export()).isEqualTo(exported);
    }

    @Test
    void anExportedWorkspaceImportsBackUnchanged() throws Exception {
        Path ws = file("all.yaml", export());

        Run r = run("import", "workspace", ws.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("0 added, 0 changed");
    }

    @Test
    void dryRunPrintsAddedChangedAndUnchangedAndChangesNothing() throws Exception {
        String before = export();
        Path ws = file("ws.yaml", SHOP.replace("owner: alice", "owner: zoe")
                + "      prod: { rpo: PT12H, rto: PT4H, drillEvery: P90D }\n      staging: { rpo: P4D, rto: PT16H, drillEvery: P365D }\n"
                + "releases:\n  - { id: REL-7000, title: shop 5.0, systems: [shop], environments: [prod],"
                + " start: 2027-03-01T03:00:00Z, end: 2027-03-01T04:00:00Z, risk: standard }\n");

        Run r = run("import", "workspace", ws.toString(), "--dry-run");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("changed system shop: owner alice → zoe",
                "changed policy shop/prod: rpo PT24H → PT12H, preReleaseBackupAge PT24H → PT12H",
                "added release REL-7000", "unchanged: 1 policy",
                "dry run, nothing changed: would make 1 added, 2 changed, 1 unchanged");
        assertThat(export()).isEqualTo(before);

        Run real = run("import", "workspace", ws.toString());
        assertThat(real.out()).contains("changed system shop: owner alice → zoe", "added release REL-7000",
                "1 added, 2 changed, 1 unchanged").doesNotContain("dry run");
        assertThat(export()).contains("owner: zoe", "REL-7000");
    }

    @Test
    void aPolicyThatIsHistoryIsNeverRewritten() throws Exception {
        Path ws = file("ws.yaml", SHOP + "      prod: { rpo: PT24H, rto: PT8H, drillEvery: P90D, effectiveFrom: 2020-01-01 }\n");
        String before = export();

        Run r = run("import", "workspace", ws.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("policy shop/prod from 2020-01-01 would add to history");
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void releaseOfAnUnknownSystemIsRefusedNamingItUnlessCreateMakesIt() throws Exception {
        Path ws = file("ws.yaml", "releases:\n  - { id: REL-7001, title: x, systems: [ghost], environments: [prod],"
                + " start: 2027-03-01T03:00:00Z, end: 2027-03-01T04:00:00Z, risk: standard }\n");
        String before = export();

        Run refused = run("import", "workspace", ws.toString());

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("ws.yaml: unknown system 'ghost'", "--create");
        assertThat(export()).isEqualTo(before);

        Run created = run("import", "workspace", ws.toString(), "--create");

        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("created system 'ghost'", "created environment 'prod' of system 'ghost' with the default policy",
                "added release REL-7001");
        assertThat(export()).contains("name: ghost", "REL-7001");
    }

    @Test
    void backupsOfAnUnknownEnvironmentAreRefusedNamingItUnlessCreateMakesIt() throws Exception {
        Path restic = Path.of(getClass().getResource("/samples/restic_snapshots.json").toURI());

        Run refused = run("import", "restic", restic.toString(), "--system", "shop", "--env", "qa");

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("unknown environment 'qa' of system 'shop'");
        assertThat(refused.out()).doesNotContain("added");

        Run created = run("import", "restic", restic.toString(), "--system", "shop", "--env", "qa", "--create");

        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("created environment 'qa' of system 'shop'");
        assertThat(policiesOf(new SystemEnv("shop", "qa"))).hasSize(1);
    }

    @Test
    void drillPlanOfAnUnknownSystemIsRefused() throws Exception {
        Path plan = file("plan.yaml", "drill: ghost restore\nsystem: ghost\nenvironment: prod\ntarget: local\n"
                + "backup: { pick: latest }\nsteps:\n  - { name: one, run: 'true' }\n");

        Run r = run("import", "drill-plan", plan.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown system 'ghost'");
        assertThat(run("drill", "list").out()).doesNotContain("ghost restore");
    }

    @Test
    void profilesSourcesPinnedKeysAndSecretReferencesRoundTripThroughTheWorkspace() throws Exception {
        String settings = """
                connectionProfiles:
                - name: drill-sandbox
                  host: drill-sandbox.internal
                  port: 2222
                  user: drill
                  key: file:/home/ops/.ssh/drill_ed25519
                  passphrase: command:vault kv get -field=passphrase secret/drill/ssh
                  connectTimeout: PT10S
                  commandTimeout: PT1H
                  keepAlive: PT30S
                storageProfiles:
                - name: shop-backups
                  bucket: backups
                  prefix: shop/prod/
                  region: eu-central-1
                  endpoint: http://minio.internal:9000
                  pathStyle: true
                  credentials: command:vault kv get -format=json secret/drill/aws
                refreshSources:
                - name: shop s3
                  kind: s3
                  profile: shop-backups
                  interval: PT1H
                trustedHostKeys:
                - host: drill-sandbox.internal
                  port: 2222
                  fingerprint: SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU
                """;
        Path ws = file("ws.yaml", settings);

        Run r = run("import", "workspace", ws.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("added connection profile drill-sandbox", "added storage profile shop-backups",
                "added refresh source shop s3", "added trusted host key [drill-sandbox.internal]:2222",
                "added secret reference drill-sandbox key passphrase");
        assertThat(export()).endsWith(settings);
        Run again = run("import", "workspace", ws.toString());
        assertThat(again.out()).contains("0 added, 0 changed, 5 unchanged");
        Path changed = file("changed.yaml", settings.replace("PT10S", "PT20S"));
        assertThat(run("import", "workspace", changed.toString(), "--dry-run").out())
                .contains("changed connection profile drill-sandbox: connectTimeout PT10S → PT20S");
    }
}
