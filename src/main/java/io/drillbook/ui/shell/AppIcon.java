package io.drillbook.ui.shell;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Drillbook's application icon for window title bars and task switchers, in every size the window
 * manager may pick from. Drawn in {@code assets/icons/}, on the class path as {@code /assets/icons/}.
 */
public final class AppIcon {
    /** The sizes put on a window; the 512 px rendering is for installers only. */
    public static final List<Integer> WINDOW_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** The class-path resource holding the icon at one size. */
    public static String resource(int size) {
        return "/assets/icons/drillbook-" + size + ".png";
    }

    /** Gives the stage the icon in every window size (its dialogs inherit it); a missing size is logged, not fatal. */
    public static void addTo(Stage stage) {
        stage.getIcons().setAll(images());
    }

    /** Decoded by JavaFX's background loader, not on the JavaFX thread: the window does not wait for its icons. */
    private static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : WINDOW_SIZES) {
            URL url = AppIcon.class.getResource(resource(size));
            if (url == null) {
                Log.LOGGER.warn("Window icon {} is not on the class path", resource(size));
            } else {
                images.add(new Image(url.toExternalForm(), true));
            }
        }
        return images;
    }

    /**
     * Created on first use, not when this class loads: the console's start must not wait for the
     * logging set-up, which runs meanwhile on the thread opening the store (docs/adr/0026-start-up.md).
     */
    private static final class Log {
        static final Logger LOGGER = LoggerFactory.getLogger(AppIcon.class);
    }
}
