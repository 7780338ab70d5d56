package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the status bar says once a run has ended: a helper read "The network is complete: press Train to
 * teach it." right after a run had taught it.
 */
@ExtendWith(ApplicationExtension.class)
class RunEndWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SpiralWindow.show(stage, 1215, 780);
    }

    @Test
    void afterARunTheStatusBarSaysTheNetworkTrainedUntilTheNetworkChanges(FxRobot robot) throws Exception {
        Project project = window.editor().session().project();
        robot.interact(() -> window.editor().execute(
                new ChangeTraining(project.training().withEpochs(2), project.data(), "training epochs")));
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.training().evaluation().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.status().text().startsWith("Finished 2 epochs: validation accuracy "),
                "the run's ending stays, not talked over by its record: " + window.status().text());

        robot.interact(() -> window.editor().execute(
                new ChangeTraining(project.training().withLearningRate(0.01), project.data(), "training learning rate")));
        assertEquals("The network has trained 2 epochs: Train starts again from new weights, File > Export Model saves these.",
                window.status().text());

        robot.interact(() -> window.editor().execute(new ChangeSetting("dense_1", "units", 12)));
        assertEquals("The network is complete: press Train to teach it.", window.status().text(),
                "another network than the one trained");
    }
}
