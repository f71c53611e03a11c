package io.drillbook.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Database tab: which store this console uses, and a shared PostgreSQL server to use instead. */
final class DatabaseView extends VBox {
    DatabaseView(DatabaseViewModel model, String current) {
        super(10);
        setPadding(new Insets(12));
        Label now = new Label("In use: " + current);
        now.setId("database-current");
        TextField url = new TextField();
        url.setId("database-url");
        url.setPromptText("jdbc:postgresql://db.example.com:5432/drillbook?user=alice  (empty: the embedded database)");
        url.textProperty().bindBidirectional(model.urlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button test = new Button("Test");
        test.setId("database-test");
        test.setTooltip(new Tooltip("Connect and ask the server who it is; nothing is changed in it"));
        test.disableProperty().bind(model.testingProperty().or(model.urlProperty().isEmpty()));
        test.setOnAction(e -> model.test());
        Button use = new Button("Use at next start");
        use.setId("database-use");
        use.setTooltip(new Tooltip("Remember this URL (never a password) and open it at the next start"));
        use.setOnAction(e -> model.useAtNextStart());
        Label result = new Label();
        result.setId("database-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        Label hint = new Label("The password is never stored: it is asked for, or taken from PGPASSWORD or ~/.pgpass. "
                + "--db on the command line wins over this choice. To copy this workspace to the server first, "
                + "run: drillbook move-workspace --to <URL>");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        getChildren().addAll(now, new HBox(8, url, test, use), result, hint);
    }
}
