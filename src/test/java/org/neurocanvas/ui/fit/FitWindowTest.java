package org.neurocanvas.ui.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
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
 * The iris network turned into a regression on the shipped diabetes data (one linear unit, mean squared
 * error), trained in the real window: beside the loss, each validation sample's prediction against its true
 * value. Before, the panel said "Needs data with 2 features, such as spiral or moons".
 */
@ExtendWith(ApplicationExtension.class)
class FitWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        String json = Files.readString(SampleProjects.FOLDER.resolve("iris-mlp.json"))
                .replace("\"units\": 3", "\"units\": 1")
                .replace("\"softmax_cross_entropy\"", "\"mean_squared_error\"")
                .replace("\"source\": \"iris\"", "\"source\": \"diabetes\"")
                .replace("\"epochs\": 100", "\"epochs\": 20");
        Project project = ProjectIO.fromJson(json, "diabetes-mlp");
        window = ProjectWindow.show(stage, project, 1215, 780);
    }

    @Test
    void aRegressionShowsEachValidationSamplesPredictionAgainstItsTrueValue(FxRobot robot) throws Exception {
        FitView fit = window.training().fit();
        assertNotNull(fit.getScene(), "the plot takes the boundary's place");
        assertEquals(FitView.WAITING, fit.summary());
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.training().runningProperty().get() && fit.summary().startsWith("R²"));
        WaitForAsyncUtils.waitForFxEvents();
        // 442 samples, 30 % held back for validation: 133.
        assertEquals(133, fit.points().getData().size());
        assertTrue(fit.summary().matches("R² 0\\.\\d\\d on 133 validation samples: on the line, a prediction is exact\\."),
                "twenty epochs explain some of the spread: " + fit.summary());
    }
}
