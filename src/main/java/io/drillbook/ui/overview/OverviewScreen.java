package io.drillbook.ui.overview;

import io.drillbook.core.overview.AttentionSection;
import io.drillbook.ui.common.ScreenLayout;
import io.drillbook.ui.shell.Navigator;
import io.drillbook.ui.shell.Screen;
import io.drillbook.ui.common.AfterLayout;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;

/**
 * The console's home: what needs attention now, section by section, every item opening the screen
 * that deals with it, and the last quarter's trend beside it.
 */
public final class OverviewScreen implements Screen {
    private static final String[] ICONS = {"fth-package", "fth-grid", "fth-rotate-ccw", "fth-flag", "fth-lock", "fth-download-cloud"};
    private static final java.util.Set<AttentionSection> LEFT = java.util.EnumSet.of(AttentionSection.RELEASES,
            AttentionSection.GAPS, AttentionSection.IMPORTS);
    private final OverviewViewModel model;
    private final ZoneId zone;
    private Node view;

    public OverviewScreen(OverviewViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
    }

    @Override
    public String id() {
        return "overview";
    }

    @Override
    public String title() {
        return "Overview";
    }

    @Override
    public String icon() {
        return "fth-home";
    }

    @Override
    public void attach(Navigator navigator) {
        model.links().attach(navigator);
    }

    @Override
    public Node view() {
        if (view == null) {
            // Two columns that grow independently (no empty space under a short card): releases (the
            // tallest) with gaps and imports on the left, compliance, drills and freezes on the right.
            VBox left = column();
            VBox right = column();
            AttentionSection[] sections = AttentionSection.values();
            for (int i = 0; i < sections.length; i++) {
                AttentionCard card = new AttentionCard(model, sections[i], ICONS[i]);
                (LEFT.contains(sections[i]) ? left : right).getChildren().add(card);
            }
            HBox cards = new HBox(12, left, right);
            cards.setId("overview-cards");
            cards.getStyleClass().add("overview-cards");
            ScrollPane scroll = new ScrollPane(cards);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("overview-scroll");
            HBox.setHgrow(scroll, Priority.ALWAYS);
            TrendPanel trend = new TrendPanel(model, zone);
            trend.setPrefWidth(340);
            trend.setMinWidth(320);
            HBox body = new HBox(12, scroll, trend);
            VBox content = new VBox(8, headline(), body);
            VBox.setVgrow(body, Priority.ALWAYS);
            Button refresh = new Button("Refresh", new FontIcon("fth-refresh-cw"));
            refresh.setId("overview-refresh");
            refresh.setTooltip(new Tooltip("Look again (F5)"));
            refresh.setOnAction(e -> refresh());
            view = ScreenLayout.of("Overview", content, refresh);
        }
        return view;
    }

    private static VBox column() {
        VBox column = new VBox(12);
        column.setPrefWidth(200);
        column.setMinWidth(0);
        column.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private Node headline() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.stateProperty().isEqualTo(OverviewViewModel.State.LOADING));
        busy.managedProperty().bind(busy.visibleProperty());
        FontIcon calm = new FontIcon("fth-check-circle");
        calm.getStyleClass().addAll("level-icon", "level-ok");
        calm.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.stateProperty().get() == OverviewViewModel.State.READY
                && model.attentionProperty().get() != null && model.attentionProperty().get().calm(), model.stateProperty(), model.attentionProperty()));
        calm.managedProperty().bind(calm.visibleProperty());
        Label text = new Label();
        text.setId("overview-headline");
        text.getStyleClass().add("overview-headline");
        text.setWrapText(true);
        text.textProperty().bind(model.headlineProperty());
        HBox box = new HBox(8, busy, calm, text);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    @Override
    public void refresh() {
        model.load();
    }

    /**
     * Runs {@code action} once, after the first frame that shows both what needs attention and the
     * trend (or why either could not be loaded): when the overview counts as on screen.
     */
    public void afterFirstLook(Runnable action) {
        whenFirstLookLoaded(() -> AfterLayout.nextPulse(view().getScene(), action));
    }

    /** Runs {@code action} once both what needs attention and the trend are loaded (or failed), at once if they are. */
    public void whenFirstLookLoaded(Runnable action) {
        if (firstLookLoaded()) {
            action.run();
            return;
        }
        ChangeListener<OverviewViewModel.State> whenBothLoaded = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends OverviewViewModel.State> o, OverviewViewModel.State was, OverviewViewModel.State now) {
                if (firstLookLoaded()) {
                    model.stateProperty().removeListener(this);
                    model.trendStateProperty().removeListener(this);
                    action.run();
                }
            }
        };
        model.stateProperty().addListener(whenBothLoaded);
        model.trendStateProperty().addListener(whenBothLoaded);
    }

    private boolean firstLookLoaded() {
        return model.stateProperty().get() != OverviewViewModel.State.LOADING
                && model.trendStateProperty().get() != OverviewViewModel.State.LOADING;
    }

    public OverviewViewModel model() {
        return model;
    }
}
