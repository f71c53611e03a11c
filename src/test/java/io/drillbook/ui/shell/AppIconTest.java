package io.drillbook.ui.shell;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The window icon: rendered PNGs on the class path at their stated sizes, all of them on the stage. */
@ExtendWith(ApplicationExtension.class)
class AppIconTest {
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everySizeIsOnTheClassPathAsASquarePngOfThatSize() throws Exception {
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            try (InputStream in = AppIcon.class.getResourceAsStream(AppIcon.resource(size))) {
                assertThat(in).as(AppIcon.resource(size)).isNotNull();
                BufferedImage png = ImageIO.read(in);
                assertThat(png.getWidth()).as("width of " + size).isEqualTo(size);
                assertThat(png.getHeight()).as("height of " + size).isEqualTo(size);
                assertThat(png.getColorModel().hasAlpha()).as("rounded corners need alpha").isTrue();
            }
        }
    }

    @Test
    void theStageGetsOneImagePerWindowSize() throws Exception {
        AppIcon.addTo(stage);
        // Decoded in the background: the window does not wait for them.
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> stage.getIcons().stream().allMatch(icon -> icon.getProgress() >= 1.0));
        assertThat(stage.getIcons()).extracting(Image::getWidth)
                .containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(stage.getIcons()).allSatisfy(icon -> assertThat(icon.isError()).isFalse());
    }
}
