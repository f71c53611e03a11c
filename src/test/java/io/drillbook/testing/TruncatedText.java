package io.drillbook.testing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds every shown {@link Labeled} whose rendered text is cut off: the skin's text node (JavaFX's
 * internal {@code LabeledText}) shows something other than {@code getText()}, ending in or
 * containing the ellipsis. Hidden nodes and their children are skipped, as are nodes that
 * {@code exempt} names (e.g. calendar entries), and long texts whose full text is the control's tooltip.
 */
public final class TruncatedText {
    private TruncatedText() {
    }

    /** One cut-off text: where it is and what it shows. */
    public record Cut(String where, String full, String shown) {
        @Override
        public String toString() {
            return where + ": \"" + full + "\" shows \"" + shown + "\"";
        }
    }

    public static List<Cut> in(Node root, String where, Predicate<Node> exempt) {
        List<Cut> cuts = new ArrayList<>();
        walk(root, where, exempt, cuts);
        return cuts;
    }

    private static void walk(Node node, String where, Predicate<Node> exempt, List<Cut> cuts) {
        if (!node.isVisible() || node.getOpacity() == 0 || exempt.test(node)) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, where, cuts);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, where, exempt, cuts);
            }
        }
    }

    private static void check(Labeled labeled, String where, List<Cut> cuts) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getWidth() <= 0 || onHover(labeled, full)) {
            return;
        }
        String ellipsis = labeled.getEllipsisString();
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
                String shown = text.getText() == null ? "" : text.getText();
                if (!shown.equals(full) && !ellipsis.isEmpty() && shown.contains(ellipsis) && !full.contains(ellipsis)) {
                    cuts.add(new Cut(where + " " + describe(labeled), full, shown));
                }
                return;
            }
        }
    }

    /** Texts of at least this many characters may be cut where the full text is on hover; shorter ones must fit. */
    private static final int LONG = 60;

    /** A long text may be cut where its full text is on hover. */
    private static boolean onHover(Labeled labeled, String full) {
        return full.length() >= LONG && labeled.getTooltip() != null && labeled.getTooltip().getText() != null && labeled.getTooltip().getText().contains(full);
    }

    /** The control's id, or its type and the nearest ancestor with an id. */
    private static String describe(Labeled labeled) {
        if (labeled.getId() != null) {
            return "#" + labeled.getId();
        }
        Node n = labeled.getParent();
        while (n != null && n.getId() == null) {
            n = n.getParent();
        }
        return labeled.getClass().getSimpleName() + (n == null ? "" : " in #" + n.getId());
    }
}
