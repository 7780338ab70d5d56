package org.neurocanvas.ui.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.MainWindow;
import org.neurocanvas.ui.SampleProjects;
import org.neurocanvas.ui.UnsavedChangesPrompt;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Iris imported as a CSV, as a helper did: its width is known only once a run reads the file, and after the
 * run the boundary went back to "Press Train to watch the network divide the plane", which cannot happen.
 */
@ExtendWith(ApplicationExtension.class)
class BoundaryWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        String csv = Path.of("samples/data/iris.csv").toAbsolutePath().toString().replace("\\", "/");
        String json = Files.readString(SampleProjects.FOLDER.resolve("iris-mlp.json"))
                .replace("\"source\": \"iris\"", "\"source\": \"csv\", \"path\": \"" + csv + "\"")
                .replace("\"epochs\": 100", "\"epochs\": 1");
        Project project = ProjectIO.fromJson(json, "iris-csv");
        window = new MainWindow(stage, new DocumentSession(project, null), name -> UnsavedChangesPrompt.Answer.DISCARD);
        stage.setWidth(1215);
        stage.setHeight(780);
        stage.show();
    }

    @Test
    void afterARunOnFourFeaturesTheBoundarySaysItNeedsTwo(FxRobot robot) throws Exception {
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.training().evaluation().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#boundary ." + BoundaryView.MESSAGE).queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals(BoundaryView.needsTwoFeatures(new int[] {4}), message.getText());
        assertEquals(message.getText(), drawn(message, robot), "the sentence fits its box");
        Label title = robot.lookup("#boundary ." + BoundaryView.TITLE).queryAs(Label.class);
        assertEquals("Decision boundary", drawn(title, robot), "the title is not cut to 'Decision ...'");
    }

    private static String drawn(Label label, FxRobot robot) {
        return robot.from(label).lookup(".text").queryAs(Text.class).getText();
    }
}
