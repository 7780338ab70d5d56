package org.neurocanvas.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.ui.training.TrainingPanel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fashion-MNIST's class names under the gallery's images, beside the charts in a dashboard as wide as a
 * 1215 x 780 window (258 pixels high there): a helper saw "T-shir…", "Dres…", "Ankle …", neither the guess nor the % readable.
 */
@ExtendWith(ApplicationExtension.class)
class GalleryWindowTest {

    private static final List<String> FASHION = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
            "Shirt", "Sneaker", "Bag", "Ankle boot");

    private TrainingPanel panel;

    @Start
    void start(Stage stage) {
        panel = new TrainingPanel(() -> null, sentence -> { });
        Scene scene = new Scene(panel, 1215, 258);
        String palette = ".root { -nc-text: #1f2937; -nc-text-muted: #6b7280; -nc-error: #dc2626; }";
        scene.getStylesheets().addAll("data:text/css;base64," + Base64.getEncoder().encodeToString(palette.getBytes(StandardCharsets.UTF_8)),
                TrainingPanel.class.getResource(TrainingPanel.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyGuessAndItsPercentShowInFullWithATooltip(FxRobot robot) {
        int n = 12;
        int[] labels = new int[n];
        int[] guesses = new int[n];
        float[] sure = new float[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % FASHION.size();
            guesses[i] = i == 6 ? 0 : labels[i];
            sure[i] = 0.9f;
        }
        Dataset images = new Dataset("fashion", new float[n * 28 * 28], new int[] {28, 28, 1}, labels, FASHION.size(), FASHION);
        GallerySamples samples = GallerySamples.pick(images, n);
        robot.interact(() -> {
            panel.setSample(new int[] {28, 28, 1}, true);
            panel.gallery().show(samples, new GalleryFrame(guesses, sure));
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> captions = robot.from(panel.gallery()).lookup("." + GalleryView.CELL + " .label").queryAllAs(Label.class)
                .stream().toList();
        assertEquals(n, captions.size());
        for (Label caption : captions) {
            assertTrue(caption.getText().contains("\n"), "class over percent: " + caption.getText());
            assertEquals(caption.getText(), robot.from(caption).lookup(".text").queryAs(Text.class).getText(), "drawn in full");
            assertTrue(caption.getHeight() >= caption.prefHeight(caption.getWidth()) - 0.5, "both lines have room: " + caption.getHeight());
            assertTrue(caption.getParent().getBoundsInParent().getMaxY() <= caption.getParent().getParent().getLayoutBounds().getMaxY() + 0.5,
                    "the cell lies inside the grid");
        }
        Node summary = robot.from(panel.gallery()).lookup(".gallery-summary").query();
        assertTrue(summary.getBoundsInParent().getMaxY() <= panel.gallery().getHeight() + 0.5, "the summary shows under the images");
        assertEquals("T-shirt/top\n90%", captions.get(6).getText(), "Shirt taken for a T-shirt/top");
        Node cell = captions.get(6).getParent();
        assertEquals("A validation image of Shirt; the network says T-shirt/top, 90% sure: wrong.",
                ((Tooltip) cell.getProperties().get("javafx.scene.control.Tooltip")).getText());
    }
}
