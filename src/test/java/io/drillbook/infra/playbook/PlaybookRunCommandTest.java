package io.drillbook.infra.playbook;

import io.drillbook.cli.PlaybookRunCommand;
import io.drillbook.core.playbook.StepTimings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless {@code playbook run} with the demo playbook on the local shell. */
class PlaybookRunCommandTest {
    @TempDir
    Path tmp;
    PlaybookFixture fx;
    Path demo;
    Path work;
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws IOException {
        fx = new PlaybookFixture(tmp.resolve("store"));
        try (InputStream in = getClass().getResourceAsStream("/assets/demo/playbooks/rollback-demo.yaml")) {
            demo = Files.write(tmp.resolve("rollback-demo.yaml"), in.readAllBytes());
        }
        work = Files.createDirectories(tmp.resolve("work dir"));
        Files.writeString(Files.createDirectories(work.resolve("backup")).resolve("app.conf"), "port=8080\n");
        Files.writeString(Files.createDirectories(work.resolve("live")).resolve("app.conf"), "port=broken\n");
        Files.writeString(work.resolve("service.pid"), "999999999\n");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    int run(String stdin, String... args) {
        return run(fx::runner, stdin, args);
    }

    int run(Supplier<io.drillbook.core.playbook.PlaybookRunner> runner, String stdin, String... args) {
        PlaybookRunCommand command = new PlaybookRunCommand(runner, () -> new StepTimings(fx.journal),
                () -> tmp.resolve("out"), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(printed, true, StandardCharsets.UTF_8), Clock.systemUTC())
                .errorsTo(new PrintStream(printed, true, StandardCharsets.UTF_8)).readingFilesWith(PlaybookYaml::read);
        return new CommandLine(command).execute(args);
    }

    @Test
    void demoPlaybookRestoresTheConfigVerifiesItAndExitsZero() throws IOException {
        int exit = run("", demo.toString(), "--param", "workdir=" + work, "--json", "--operator", "alice",
                "--confirm", "Approve the restore", "--approver", "bob", "--confirm", "Check the restored config");

        assertThat(exit).as(printed.toString()).isZero();
        assertThat(work.resolve("live/app.conf")).hasContent("port=8080");
        assertThat(printed.toString()).contains("\"status\" : \"COMPLETED\"").contains("Playbook \\\"rollback demo service\\\"");
        assertThat(fx.activeRecoveryFreezes()).isEmpty();
        assertThat(fx.events("playbook.freeze.lifted")).hasSize(1);
    }

    @Test
    void dryRunPrintsRenderedCommandsAndChangesNothing() throws IOException {
        int exit = run("", demo.toString(), "--param", "workdir=" + work, "--dry-run");

        assertThat(exit).as(printed.toString()).isZero();
        assertThat(printed.toString()).contains("cp '" + work + "'/backup/app.conf").contains("dry run: OK");
        assertThat(work.resolve("live/app.conf")).hasContent("port=broken");
        assertThat(work.resolve("service.pid")).exists();
    }

    @Test
    void approvalAnsweredOnStandardInputBySamePersonFailsTheRunWithExitOne() throws IOException {
        String text = Files.readString(demo).replace("steps:\n", "steps:\n  - name: Second pair of eyes\n    approval: { instructions: Check }\n");
        Path withApproval = Files.writeString(tmp.resolve("approval.yaml"), text);

        int exit = run("alice\n", withApproval.toString(), "--param", "workdir=" + work, "--operator", "alice");

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString()).contains("Approver's name").contains("alice runs this playbook and cannot also approve it");
        assertThat(work.resolve("live/app.conf")).hasContent("port=broken");
    }

    @Test
    void confirmAndApproverOptionsAnswerWithoutAsking() throws IOException {
        String text = Files.readString(demo).replace("steps:\n", "steps:\n  - name: DBA approval\n    approval: { approvers: [dave] }\n");
        Path withApproval = Files.writeString(tmp.resolve("approval.yaml"), text);

        int exit = run("", withApproval.toString(), "--param", "workdir=" + work, "--operator", "alice",
                "--confirm", "DBA approval", "--approver", "dave", "--confirm", "Approve the restore", "--approver", "bob",
                "--confirm", "Check the restored config");

        assertThat(exit).as(printed.toString()).isZero();
        assertThat(printed.toString()).doesNotContain("Approver's name");
    }

    @Test
    void badFileOrParameterExitsTwoWithWhereAndWhatAndHelpOpensNothing() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "playbook: x\nsystem: demo\nenvironment: prod\nsteps:\n  - name: a\n    wait: PT1S\n    colour: red\n");
        assertThat(run("", bad.toString())).isEqualTo(2);
        assertThat(printed.toString()).contains("bad.yaml:7:5: unknown key 'colour'");

        assertThat(run("", demo.toString(), "--param", "workdir=/x", "--param", "colour=red")).isEqualTo(2);
        assertThat(printed.toString()).contains("unknown parameter 'colour'");

        Supplier<io.drillbook.core.playbook.PlaybookRunner> explode = () -> {
            throw new AssertionError("--help must open nothing");
        };
        assertThat(run(explode, "", "--help")).isZero();
    }
}
