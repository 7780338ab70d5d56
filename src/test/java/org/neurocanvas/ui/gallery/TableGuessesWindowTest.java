package org.neurocanvas.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
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
 * Iris imported as a CSV, as a helper did: its width is known only once a run reads the file. Four
 * features are no plane to draw a boundary in; the network's guesses on a few flowers show instead,
 * each flower as its four measurements.
 */
@ExtendWith(ApplicationExtension.class)
class TableGuessesWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        String csv = Path.of("samples/data/iris.csv").toAbsolutePath().toString().replace("\\", "/");
        String json = Files.readString(SampleProjects.FOLDER.resolve("iris-mlp.json"))
                .replace("\"source\": \"iris\"", "\"source\": \"csv\", \"path\": \"" + csv + "\"")
                .replace("\"epochs\": 100", "\"epochs\": 1");
        Project project = ProjectIO.fromJson(json, "iris-csv");
        window = ProjectWindow.show(stage, project, 1215, 780);
    }

    @Test
    void afterARunOnFourFeaturesTheGuessesOnSixFlowersShowBesideTheCharts(FxRobot robot) throws Exception {
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.training().evaluation().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.training().gallery().getScene() != null, "the gallery takes the boundary's place");
        List<Label> lines = robot.from(window.training().gallery()).lookup("." + GalleryView.LINE).queryAllAs(Label.class).stream().toList();
        assertEquals(GallerySamples.LINES, lines.size());
        for (Label line : lines) {
            assertTrue(line.getText().matches("(-?[0-9.]+ ){3}-?[0-9.]+"), "a flower's four measurements: " + line.getText());
            assertEquals(line.getText(), drawn(line, robot), "drawn in full");
        }
        assertTrue(window.training().gallery().summary().matches("[0-6] of 6 right; red: wrong guesses."), window.training().gallery().summary());
        Label title = robot.from(window.training().gallery()).lookup(".boundary-title").queryAs(Label.class);
        assertEquals("Predictions", drawn(title, robot));
    }

    private static String drawn(Label label, FxRobot robot) {
        return robot.from(label).lookup(".text").queryAs(Text.class).getText();
    }
}
