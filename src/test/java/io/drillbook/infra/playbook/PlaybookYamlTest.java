package io.drillbook.infra.playbook;

import io.drillbook.core.playbook.FailureAction;
import io.drillbook.core.playbook.ParameterType;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.infra.workspace.FileFormatException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaybookYamlTest {

    static String example() throws IOException {
        try (InputStream in = PlaybookYamlTest.class.getResourceAsStream("/playbook/rollback-shop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void fullExampleReadsEveryStepKindParameterAndFailureRule() throws IOException {
        Playbook p = PlaybookYaml.read(example(), "rollback-shop.yaml");

        assertThat(p.name()).isEqualTo("rollback shop release");
        assertThat(p.systemEnv().toString()).isEqualTo("shop/prod");
        assertThat(p.parameters()).extracting(x -> x.name() + ":" + x.type())
                .containsExactly("release:STRING", "mode:ENUM", "replicas:INT");
        assertThat(p.parameters().get(1).type()).isEqualTo(ParameterType.ENUM);
        assertThat(p.steps()).extracting(s -> s.action().kind())
                .containsExactly("run", "approval", "storage", "verify", "wait", "drill", "manual");
        StepAction.Run drain = (StepAction.Run) p.steps().get(0).action();
        assertThat(drain.timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.steps().get(0).onFailure().retries()).isEqualTo(2);
        assertThat(p.steps().get(2).onFailure().then()).isEqualTo(FailureAction.GOTO);
        assertThat(p.steps().get(2).onFailure().gotoStep()).isEqualTo("Page the DBA");
        assertThat(p.steps().get(3).onFailure().then()).isEqualTo(FailureAction.CONTINUE);
        assertThat(((StepAction.Approval) p.steps().get(1).action()).approvers()).containsExactly("dave", "erin");
    }

    @Test
    void writtenPlaybookReadsBackEqual() throws IOException {
        Playbook p = PlaybookYaml.read(example(), "rollback-shop.yaml");

        String written = PlaybookYaml.write(p);

        assertThat(PlaybookYaml.read(written, "exported.yaml")).isEqualTo(p);
    }

    @Test
    void storageStepNamesAnObjectVersionAndWritesItBack() {
        Playbook p = PlaybookYaml.read("""
                playbook: put the good config back
                system: shop
                environment: prod
                steps:
                  - name: Copy the good version over the current one
                    storage:
                      profile: backups
                      copy: shop/config.yaml
                      version: v0000000000000001
                      to: shop/config.yaml
                """, "version.yaml");

        StepAction.Storage storage = (StepAction.Storage) p.steps().get(0).action();
        assertThat(storage.version()).isEqualTo("v0000000000000001");
        assertThat(PlaybookYaml.write(p)).contains("version: v0000000000000001");
        assertThat(PlaybookYaml.read(PlaybookYaml.write(p), "exported.yaml")).isEqualTo(p);
    }

    @Test
    void unknownKeyNamesFileLineColumnAndKnownKeys() throws IOException {
        String text = example().replace("      expectOutput: drained", "      expectOutptu: drained");

        assertThatThrownBy(() -> PlaybookYaml.read(text, "pb.yaml"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("pb.yaml:21:7: unknown key 'expectOutptu'")
                .hasMessageContaining("expectOutput");
    }

    @Test
    void gotoToUnknownStepPointsAtTheGotoKey() throws IOException {
        String text = example().replace("goto: Page the DBA", "goto: Page the DBB");

        FileFormatException e = catchFormat(text);

        assertThat(e.line()).isEqualTo(33);
        assertThat(e.problem()).contains("goto names unknown step 'Page the DBB'");
    }

    @Test
    void duplicateStepNamePointsAtTheSecondName() throws IOException {
        String text = example().replace("- name: Settle", "- name: Health check");

        FileFormatException e = catchFormat(text);

        assertThat(e.line()).isEqualTo(41);
        assertThat(e.problem()).contains("duplicate step name 'Health check'");
    }

    @Test
    void defaultOutsideAllowedValuesIsAnErrorAtThatParameter() throws IOException {
        String text = example().replace("default: safe", "default: reckless");

        FileFormatException e = catchFormat(text);

        assertThat(e.line()).isEqualTo(9);
        assertThat(e.problem()).contains("'reckless' is not one of [fast, safe]");
    }

    @Test
    void badTypeAndMissingFieldAndTwoKindsAreErrorsWithPositions() throws IOException {
        assertThat(catchFormat(example().replace("limit: PT5M", "limit: soon")).line()).isEqualTo(38);
        assertThat(catchFormat(example().replace("      profile: web-1\n", "")).problem()).contains("profile");
        FileFormatException twoKinds = catchFormat(example().replace("    wait: PT30S", "    wait: PT30S\n    manual: { instructions: x }"));
        assertThat(twoKinds.line()).isEqualTo(41);
        assertThat(twoKinds.problem()).contains("exactly one of run, storage");
    }

    @Test
    void parameterValuesAreCheckedAgainstTypeAndAllowedValues() throws IOException {
        Playbook p = PlaybookYaml.read(example(), "rollback-shop.yaml");

        assertThat(p.resolve(Map.of("release", "REL-1042"))).containsEntry("mode", "safe").containsEntry("replicas", "3");
        assertThatThrownBy(() -> p.resolve(Map.of("release", "R", "mode", "yolo"))).hasMessageContaining("not one of [fast, safe]");
        assertThatThrownBy(() -> p.resolve(Map.of("release", "R", "replicas", "many"))).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> p.resolve(Map.of())).hasMessageContaining("'release' is required");
        assertThatThrownBy(() -> p.resolve(Map.of("release", "R", "colour", "red"))).hasMessageContaining("unknown parameter 'colour'");
    }

    private static FileFormatException catchFormat(String text) {
        try {
            PlaybookYaml.read(text, "pb.yaml");
        } catch (FileFormatException e) {
            return e;
        }
        throw new AssertionError("expected a FileFormatException");
    }
}
