package org.neurocanvas.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.ui.MainWindow;
import org.neurocanvas.ui.ProjectWindow;
import org.neurocanvas.ui.SampleProjects;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The autoencoder sample, trained in the real window: beside the loss, six validation digits over what the
 * network makes of them. Before, the panel said "Press Train" all through the run.
 */
@ExtendWith(ApplicationExtension.class)
class ReconstructionsWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Project project = ProjectIO.read(SampleProjects.FOLDER.resolve("autoencoder.json"));
        window = ProjectWindow.show(stage, project, 1215, 780);
    }

    @Test
    void aRunShowsSixDigitsOverTheNetworksCopiesOfThem(FxRobot robot) throws Exception {
        GalleryView gallery = window.training().gallery();
        assertNotNull(gallery.getScene(), "the gallery takes the boundary's place");
        assertEquals("Reconstructions", robot.from(gallery).lookup(".boundary-title").queryAs(Label.class).getText());
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> gallery.summary().startsWith("Top:"));
        robot.clickOn("#stop");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.training().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<ImageView> images = robot.from(gallery).lookup("." + GalleryView.CELL + " .image-view").queryAllAs(ImageView.class).stream().toList();
        assertEquals(2 * GallerySamples.LINES, images.size(), "six digits, each over its copy");
        assertTrue(images.stream().allMatch(v -> v.getImage() != null), "every copy is drawn");
        assertTrue(gallery.summary().startsWith("Top: validation images; below: the network's copies (mean squared error 0."), gallery.summary());
    }
}
