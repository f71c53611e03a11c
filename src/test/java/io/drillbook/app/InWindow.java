package io.drillbook.app;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Finding and using controls of one test's console window only: detached nodes of earlier tests
 * (which have no scene) are never found, and a control is clicked only once it is on screen and
 * enabled, as a person would.
 */
final class InWindow {
    private InWindow() {
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    static Node node(FxRobot robot, Stage window, String id) {
        return robot.from(window.getScene().getRoot()).lookup("#" + id).query();
    }

    /**
     * Clicks the control once it is on screen and enabled. A control that a late reload replaced
     * between finding it and clicking it (it has no scene any more) is found again and clicked.
     */
    static FxRobotInterface click(FxRobot robot, Stage window, String id) throws Exception {
        for (int attempt = 1; ; attempt++) {
            waitUntil(() -> robot.from(window.getScene().getRoot()).lookup("#" + id).tryQuery()
                    .filter(n -> n.getScene() != null && n.isVisible() && !n.isDisabled()).isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            Node target = node(robot, window, id);
            try {
                return robot.clickOn(target);
            } catch (RuntimeException e) {
                if (target.getScene() != null || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Clicks the row of {@code table} showing {@code text} until the control {@code appearsId} is
     * on screen: the screen reloads its list when it is first shown, and a click that lands while
     * the rows are replaced selects nothing, as it would for a person, who clicks again.
     */
    static void clickRowUntil(FxRobot robot, Stage window, javafx.scene.control.TableView<?> table, String text, String appearsId)
            throws Exception {
        for (int attempt = 1; ; attempt++) {
            waitUntil(() -> robot.from(table).lookup(text).tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn((Node) robot.from(table).lookup(text).query());
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                        () -> robot.from(window.getScene().getRoot()).lookup("#" + appearsId).tryQuery().isPresent());
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Fills the field {@code fieldId} with {@code text} until the control {@code enabledId} is
     * enabled: a start form rebuilt by a late reload of its list comes back empty, and a person
     * types again.
     */
    static void fillUntilEnabled(FxRobot robot, Stage window, String fieldId, String text, String enabledId) throws Exception {
        for (int attempt = 1; ; attempt++) {
            click(robot, window, fieldId);
            // Keys go to the focused window, which in a long suite may be an earlier test's stage:
            // the text is set on the field itself, as typing into it would.
            javafx.scene.control.TextInputControl field = (javafx.scene.control.TextInputControl) node(robot, window, fieldId);
            robot.interact(() -> field.setText(text));
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(window.getScene().getRoot()).lookup("#" + enabledId)
                        .tryQuery().filter(n -> n.getScene() != null && !n.isDisabled()).isPresent());
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Scrolls the scroll pane that holds {@code node} until the node is in its viewport, as a person
     * scrolls down to a table below a tall form before clicking in it.
     */
    static void scrollIntoView(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                    Node content = pane.getContent();
                    double contentHeight = content.getBoundsInLocal().getHeight();
                    double viewport = pane.getViewportBounds().getHeight();
                    double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    if (contentHeight > viewport) {
                        pane.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
                    }
                    pane.layout();
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** True when {@code node} and every parent of it are visible (a measuring cell's parent is not). */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** What a label, button or text field shows. */
    static String text(FxRobot robot, Stage window, String id) {
        Node node = node(robot, window, id);
        return node instanceof Label l ? l.getText() : node instanceof Button b ? b.getText() : ((TextInputControl) node).getText();
    }
}
