package io.drillbook.ui.overview;

import io.drillbook.core.overview.AttentionItem;
import io.drillbook.core.overview.AttentionSection;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One section of the overview: its title and count, an item per row (icon, title, why; a click or
 * Enter opens the screen that deals with it), "and N more", and its own empty text.
 */
final class AttentionCard extends VBox {
    private final OverviewViewModel model;
    private final AttentionSection section;
    private final VBox rows = new VBox(2);

    AttentionCard(OverviewViewModel model, AttentionSection section, String iconLiteral) {
        this.model = model;
        this.section = section;
        getStyleClass().add("overview-card");
        setId("overview-" + section.name().toLowerCase(java.util.Locale.ROOT));
        FontIcon icon = new FontIcon(iconLiteral);
        Label title = new Label(section.title(), icon);
        title.getStyleClass().add("overview-card-title");
        title.setWrapText(true);
        Hyperlink more = new Hyperlink();
        more.getStyleClass().add("overview-more");
        more.textProperty().bind(Bindings.format("and %d more…", model.moreProperty(section)));
        more.visibleProperty().bind(model.moreProperty(section).greaterThan(0));
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.openSection(section));
        getChildren().addAll(title, rows, more);
        model.items(section).addListener((ListChangeListener<AttentionItem>) c -> rebuild());
        model.stateProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        if (model.stateProperty().get() != OverviewViewModel.State.READY) {
            Label waiting = new Label(model.stateProperty().get() == OverviewViewModel.State.LOADING ? "Loading…" : "Not available");
            waiting.getStyleClass().addAll("overview-waiting", "text-muted");
            rows.getChildren().add(waiting);
            return;
        }
        if (model.items(section).isEmpty()) {
            Label none = new Label(OverviewViewModel.emptyText(section), new FontIcon("fth-check"));
            none.getStyleClass().addAll("overview-none", "text-muted");
            none.setWrapText(true);
            rows.getChildren().add(none);
            return;
        }
        for (AttentionItem item : model.items(section)) {
            rows.getChildren().add(row(item));
        }
    }

    /** A row that acts like a button: focusable, opened by a click, Enter or Space. */
    private HBox row(AttentionItem item) {
        Label title = new Label(item.title());
        title.getStyleClass().add("overview-item-title");
        title.setWrapText(true);
        String when = model.when(item);
        Label detail = new Label(when.isEmpty() ? item.detail() : when + " · " + item.detail());
        detail.getStyleClass().addAll("overview-item-detail", "text-muted");
        detail.setWrapText(true);
        VBox text = new VBox(1, title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox row = new HBox(8, LevelIcons.of(item.level()), text);
        row.getStyleClass().addAll("overview-item", LevelIcons.styleClass(item.level()));
        row.setMinHeight(Region.USE_PREF_SIZE);
        row.setCursor(Cursor.HAND);
        row.setFocusTraversable(true);
        row.setAccessibleRole(AccessibleRole.BUTTON);
        row.setAccessibleText(LevelIcons.words(item.level()) + ": " + item.title() + ". " + item.detail());
        row.setUserData(item);
        row.setOnMouseClicked(e -> model.open(item));
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                model.open(item);
                e.consume();
            }
        });
        return row;
    }
}
