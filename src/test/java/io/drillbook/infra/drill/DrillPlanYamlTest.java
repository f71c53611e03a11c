package io.drillbook.infra.drill;

import io.drillbook.core.drill.BackupOrigin;
import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.Expectation;
import io.drillbook.infra.workspace.FileFormatException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrillPlanYamlTest {
    private static final String MINIMAL = """
            drill: files
            system: shop
            environment: prod
            target: local
            backup: { pick: latest }
            steps:
              - name: Copy
                run: cp a b
            """;

    @Test
    void documentedExampleReadsIntoThePlan() throws IOException {
        DrillPlan plan = DrillPlanYaml.read(example(), "shop-db.yaml");
        assertThat(plan.name()).isEqualTo("shop-db restore");
        assertThat(plan.backup()).isEqualTo(BackupSelection.latest());
        assertThat(plan.parameters()).containsEntry("dbOwner", "shop_app");
        assertThat(plan.steps()).hasSize(3);
        assertThat(plan.steps().get(1).timeout()).isEqualTo(Duration.ofHours(1));
        assertThat(plan.steps().get(2).isManual()).isTrue();
        assertThat(plan.checks()).extracting(c -> c.expect().kind()).containsExactly(Expectation.Kind.EQUALS,
                Expectation.Kind.AT_LEAST, Expectation.Kind.CHECKSUM_EQUALS, Expectation.Kind.MATCHES);
        assertThat(plan.cleanup()).singleElement().satisfies(s -> assertThat(s.run()).startsWith("dropdb"));
    }

    @Test
    void writtenPlanReadsBackEqual() throws IOException {
        DrillPlan plan = DrillPlanYaml.read(example(), "shop-db.yaml");
        String written = DrillPlanYaml.write(plan);
        assertThat(DrillPlanYaml.read(written, "export.yaml")).isEqualTo(plan);
    }

    @Test
    void backupByIdAndRandomPickRoundTrip() {
        DrillPlan byId = DrillPlanYaml.read(MINIMAL.replace("{ pick: latest }", "{ pick: id, id: snap-42 }"), "p.yaml");
        DrillPlan random = DrillPlanYaml.read(MINIMAL.replace("{ pick: latest }", "{ pick: randomWithinDays, days: 7 }"), "p.yaml");
        assertThat(byId.backup()).isEqualTo(BackupSelection.id("snap-42"));
        assertThat(DrillPlanYaml.read(DrillPlanYaml.write(random), "p.yaml").backup()).isEqualTo(BackupSelection.randomWithinDays(7));
    }

    @Test
    void unknownKeyIsNamedWithLineAndColumn() {
        String text = MINIMAL.replace("    run: cp a b", "    timout: PT1M\n    run: cp a b");
        assertThatThrownBy(() -> DrillPlanYaml.read(text, "plan.yaml"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("plan.yaml:8:")
                .hasMessageContaining("unknown key 'timout'");
    }

    @Test
    void missingFieldIsNamedWithLine() {
        String text = MINIMAL.replace("target: local\n", "");
        FileFormatException e = catchFormat(text);
        assertThat(e.problem()).contains("missing required field 'target'");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void badDurationIsATypeErrorWithPosition() {
        String text = MINIMAL.replace("    run: cp a b", "    run: cp a b\n    timeout: ten minutes");
        FileFormatException e = catchFormat(text);
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).contains("ten minutes");
    }

    @Test
    void listWhereTextBelongsIsATypeError() {
        FileFormatException e = catchFormat(MINIMAL.replace("target: local", "target: [a, b]"));
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void stepWithRunAndManualIsRejectedAtItsLine() {
        String text = MINIMAL.replace("    run: cp a b", "    run: cp a b\n    manual: do it by hand");
        FileFormatException e = catchFormat(text);
        assertThat(e.problem()).contains("exactly one of 'run' and 'manual'");
        assertThat(e.line()).isEqualTo(7);
    }

    @Test
    void expectationWithTwoComparisonsOrUnknownPickIsRejected() {
        String twoExpectations = MINIMAL + "checks:\n  - name: v\n    run: cat v\n    expect: { equals: \"5\", atLeast: 4 }\n";
        assertThat(catchFormat(twoExpectations).problem()).contains("exactly one of equals");
        assertThat(catchFormat(MINIMAL.replace("pick: latest", "pick: newest")).problem()).contains("unknown backup pick 'newest'");
    }

    private static final String FROM_S3 = """
            drill: files
            system: shop
            environment: prod
            target: local
            backup:
              from: s3
              storage: shop-backups
              prefix: shop/prod/
              naming: "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump"
              pick: latest
            steps:
              - name: Copy
                run: cp a b
            """;

    @Test
    void backupsFromAnS3PrefixReadAndRoundTrip() {
        DrillPlan plan = DrillPlanYaml.read(FROM_S3, "p.yaml");

        assertThat(plan.backupOrigin()).isEqualTo(BackupOrigin.objectStore("shop-backups", "shop/prod/",
                "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump"));
        assertThat(plan.backup()).isEqualTo(BackupSelection.latest());
        assertThat(DrillPlanYaml.read(DrillPlanYaml.write(plan), "export.yaml")).isEqualTo(plan);
        assertThat(DrillPlanYaml.read(MINIMAL, "p.yaml").backupOrigin()).isEqualTo(BackupOrigin.inventory());
        assertThat(DrillPlanYaml.write(DrillPlanYaml.read(MINIMAL, "p.yaml"))).doesNotContain("from");
    }

    @Test
    void s3SourceWithoutStorageProfileIsRejectedAtTheBackupKey() {
        FileFormatException e = catchFormat(FROM_S3.replace("  storage: shop-backups\n", ""));

        assertThat(e.getMessage()).startsWith("plan.yaml:5:");
        assertThat(e.problem()).contains("'storage'");
    }

    @Test
    void unknownSourceBadNamingRuleAndStorageWithoutS3AreRejectedWithPosition() {
        FileFormatException unknown = catchFormat(FROM_S3.replace("from: s3", "from: ftp"));
        FileFormatException naming = catchFormat(FROM_S3.replace("{HH}{mm}", "{hour}"));
        FileFormatException inventory = catchFormat(FROM_S3.replace("from: s3", "from: inventory"));

        assertThat(unknown.problem()).contains("unknown backup source 'from: ftp'", "inventory, s3");
        assertThat(naming.problem()).contains("unknown token {hour}");
        assertThat(inventory.problem()).contains("only allowed with 'from: s3'");
        assertThat(unknown.getMessage()).startsWith("plan.yaml:6:");
        assertThat(naming.getMessage()).startsWith("plan.yaml:9:");
        assertThat(inventory.getMessage()).startsWith("plan.yaml:5:");
    }

    private static FileFormatException catchFormat(String text) {
        try {
            DrillPlanYaml.read(text, "plan.yaml");
        } catch (FileFormatException e) {
            return e;
        }
        throw new AssertionError("expected a FileFormatException for:\n" + text);
    }

    private static String example() throws IOException {
        try (InputStream in = DrillPlanYamlTest.class.getResourceAsStream("/drill/shop-db.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
