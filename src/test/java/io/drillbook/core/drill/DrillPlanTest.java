package io.drillbook.core.drill;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrillPlanTest {

    @Test
    void equalsExpectationReportsExpectedAndActual() {
        Expectation.Verdict verdict = Expectation.equalTo("5").evaluate("4\n");
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.expected()).isEqualTo("= 5");
        assertThat(verdict.actual()).isEqualTo("4");
    }

    @Test
    void numericBoundsCompareAsNumbersNotText() {
        assertThat(Expectation.atLeast(5000).evaluate("6000").met()).isTrue();
        assertThat(Expectation.atLeast(5000).evaluate("999").met()).isFalse();
        assertThat(Expectation.atMost(10).evaluate("9.5").met()).isTrue();
        assertThat(Expectation.atMost(10).evaluate("ten").actual()).contains("not a number");
    }

    @Test
    void checksumTakesTheFirstWordOfSha256sumOutputIgnoringCase() {
        String digest = "ab".repeat(32);
        assertThat(Expectation.checksumEquals(digest.toUpperCase()).evaluate(digest + "  /tmp/file").met()).isTrue();
        assertThat(Expectation.checksumEquals(digest).evaluate("cd".repeat(32) + "  f").met()).isFalse();
    }

    @Test
    void regexMustMatchTheWholeOutput() {
        assertThat(Expectation.matching("v\\d+").evaluate("v12").met()).isTrue();
        assertThat(Expectation.matching("v\\d+").evaluate("v12 beta").met()).isFalse();
        assertThatThrownBy(() -> Expectation.matching("(")).hasMessageContaining("bad regular expression");
    }

    @Test
    void stepNeedsExactlyOneOfRunAndManual() {
        assertThatThrownBy(() -> new DrillStep("x", "true", "do it", null)).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new DrillStep("x", null, null, null)).hasMessageContaining("exactly one");
    }

    @Test
    void planWithoutStepsOrWithManualCleanupIsRejected() {
        assertThatThrownBy(() -> plan(List.of(), List.of())).hasMessageContaining("at least one step");
        assertThatThrownBy(() -> plan(List.of(DrillStep.command("a", "true")), List.of(DrillStep.manual("b", "x"))))
                .hasMessageContaining("cleanup steps cannot be manual");
    }

    @Test
    void backupSelectionByIdNeedsAnId() {
        assertThatThrownBy(() -> new BackupSelection(BackupSelection.Pick.ID, " ", 0)).hasMessageContaining("needs an id");
        assertThatThrownBy(() -> BackupSelection.randomWithinDays(0)).hasMessageContaining("days >= 1");
    }

    private static DrillPlan plan(List<DrillStep> steps, List<DrillStep> cleanup) {
        return new DrillPlan("p", "shop", "prod", "sandbox", BackupSelection.latest(), Map.of(), steps, List.of(), cleanup, false);
    }
}
