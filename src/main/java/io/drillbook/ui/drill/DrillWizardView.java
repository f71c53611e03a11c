package io.drillbook.ui.drill;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * The drill wizard: one page at a time ({@link DrillWizardPages} builds them), Back and Next at the
 * bottom; Next is enabled only when the page's choice is valid. Binds and forwards only.
 */
public final class DrillWizardView extends BorderPane {
    private final Map<WizardPage, Node> pages = new EnumMap<>(WizardPage.class);

    public DrillWizardView(DrillWizardViewModel model, ZoneId zone, Runnable onClose) {
        setId("drill-wizard");
        setPadding(new Insets(8));
        DrillWizardPages builder = new DrillWizardPages(model, zone);
        for (WizardPage p : WizardPage.values()) {
            pages.put(p, builder.page(p));
        }
        Label heading = new Label();
        heading.setId("wizard-heading");
        heading.getStyleClass().add("screen-title");
        heading.textProperty().bind(model.pageProperty().map(p -> (p.ordinal() + 1) + "/" + WizardPage.values().length + "  " + p.title()));
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(model.problemProperty());
        setTop(heading);
        setBottom(buttons(model, onClose, problem));
        model.pageProperty().addListener((o, a, b) -> setCenter(pages.get(b)));
        setCenter(pages.get(model.pageProperty().get()));
    }

    private static HBox buttons(DrillWizardViewModel model, Runnable onClose, Label problem) {
        Button back = new Button("Back");
        back.setId("wizard-back");
        back.disableProperty().bind(model.pageProperty().map(p -> p == WizardPage.TARGET || p.ordinal() > WizardPage.PREFLIGHT.ordinal()));
        back.setOnAction(e -> model.back());
        Button next = new Button("Next");
        next.setId("wizard-next");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.canGoNext().not());
        next.setOnAction(e -> model.next());
        Button close = new Button("Close");
        close.setId("wizard-close");
        close.disableProperty().bind(model.pageProperty().map(p -> p == WizardPage.RUN && model.session().isRunning()));
        close.setOnAction(e -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, problem, spacer, close, back, next);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }
}
