package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Project;
import org.neurocanvas.ui.training.TrainingPanel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each project tab has its own training dashboard: two people who trained the spiral and switched to the
 * iris saw the spiral's curves and took them for the iris's.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardPerTabWindowTest {

    private static final String SPIRAL = "spiral-mlp.json (copy)";
    private static final String IRIS = "iris-mlp.json (copy)";

    // A list of its own, so that the test neither reads nor spoils the person's Open Recent.
    private final Preferences recent = Preferences.userRoot().node("org/neurocanvas-test-" + UUID.randomUUID());
    private MainWindow window;
    private DocumentSession spiral;
    private DocumentSession iris;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, DocumentSession.blank(), name -> UnsavedChangesPrompt.Answer.DISCARD,
                new RecentFiles(recent));
        stage.setWidth(1240);
        stage.setHeight(780);
        stage.show();
        window.files().openSample(SampleProjects.FOLDER.resolve("spiral-mlp.json"));
        window.files().openSample(SampleProjects.FOLDER.resolve("iris-mlp.json"));
        spiral = window.tabs().sessions().get(0);
        iris = window.tabs().sessions().get(1);
    }

    @AfterEach
    void forget() throws Exception {
        recent.removeNode();
    }

    // The tabs are clicked by their titles, which gain a dot once a run is kept in the project's history.
    @Test
    void eachTabShowsItsOwnLastRunAndAnUntrainedTabAReadyDashboard(FxRobot robot) throws Exception {
        TrainingPanel spiralPanel = trainSpiral(2, robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> spiralPanel.evaluation().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int points = spiralPanel.lossChart().getData().get(0).getData().size();
        assertTrue(points > 0, "the spiral's run drew its loss");
        String epoch = label("#epoch", robot).getText();
        String metrics = label("#metrics", robot).getText();
        assertFalse(metrics.isEmpty());

        robot.clickOn(iris.tabTitle());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(spiralPanel, window.training(), "the iris has a dashboard of its own");
        LineChart<?, ?> loss = robot.lookup("#loss-chart").queryAs(LineChart.class);
        assertSame(window.training().lossChart(), loss, "the dashboard on screen is the iris's");
        loss.getData().forEach(series -> assertTrue(series.getData().isEmpty(), "no curve: the iris never trained"));
        assertEquals("Ready to train", label("#epoch", robot).getText());
        assertEquals("", label("#metrics", robot).getText());
        assertNull(window.training().evaluation().reportProperty().get());
        assertFalse(robot.lookup("#train").queryAs(Button.class).isDisabled(), "no run goes on: the iris may train");
        assertEquals(window.editor().healthSentence(), window.status().text(), "the iris's own sentence, not the spiral's run");
        assertEquals(0, iris.project().history().size(), "the spiral's run is not in the iris's history");
        assertEquals(1, spiral.project().history().size());

        robot.push(KeyCode.CONTROL, KeyCode.E);
        assertEquals("Train " + IRIS + " first: File > Export Model exports the weights of this tab's last run.",
                window.status().text(), "Export Model takes the selected tab's weights, and the iris has none");

        robot.clickOn(spiral.tabTitle());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(spiralPanel.lossChart(), robot.lookup("#loss-chart").queryAs(LineChart.class), "back on the spiral's dashboard");
        assertEquals(points, spiralPanel.lossChart().getData().get(0).getData().size(), "its curve is all there");
        assertEquals(epoch, label("#epoch", robot).getText());
        assertEquals(metrics, label("#metrics", robot).getText());
        assertNotNull(window.training().evaluation().reportProperty().get(), "and so is its evaluation");
        assertEquals("The network has trained 2 epochs: Train starts again from new weights, File > Export Model saves these.",
                window.status().text());
    }

    @Test
    void aRunInOneTabMakesTrainWaitInTheOtherNamingItAndGoesOnWhileHidden(FxRobot robot) throws Exception {
        // A run far longer than the test: on a busy machine the sample's 100 epochs ended before the test looked again.
        TrainingPanel spiralPanel = trainSpiral(10_000, robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !spiralPanel.lossChart().getData().get(0).getData().isEmpty());

        robot.clickOn(iris.tabTitle());
        WaitForAsyncUtils.waitForFxEvents();
        String waiting = "The run of " + SPIRAL + " goes on in its tab: Train waits until it ends.";
        assertTrue(robot.lookup("#train").queryAs(Button.class).isDisabled(), "one run at a time");
        assertTrue(robot.lookup("#step-batch").queryAs(Button.class).isDisabled(), "a step would start a run too");
        Label sentence = label("#training-waiting", robot);
        assertTrue(sentence.isVisible());
        assertEquals(waiting, sentence.getText(), "under the Train it keeps from working");
        assertEquals(waiting, window.status().text());
        assertEquals("Waiting to train", label("#epoch", robot).getText(), "not ready: its Train is off");
        robot.interact(() -> window.training().train());
        assertFalse(window.training().runningProperty().get(), "nor does the panel start one when asked directly");
        assertFalse(window.editor().isLocked(), "the iris is free to edit");
        assertTrue(window.tabOf(spiral).editor().isLocked(), "the spiral stays locked while its run goes on");

        int seen = spiralPanel.lossChart().getData().get(0).getData().size();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> spiralPanel.lossChart().getData().get(0).getData().size() > seen);
        robot.clickOn(spiral.tabTitle());
        WaitForAsyncUtils.waitForFxEvents();
        LineChart<?, ?> loss = robot.lookup("#loss-chart").queryAs(LineChart.class);
        assertSame(spiralPanel.lossChart(), loss);
        assertTrue(loss.getData().get(0).getData().size() > seen, "the points drawn while the iris was shown are there");
        assertTrue(window.training().runningProperty().get(), "the run goes on, live");
        assertFalse(label("#training-waiting", robot).isVisible(), "the running tab does not wait for itself");
        assertEquals("Training: Stop ends the run after the current batch.", window.status().text(), "the run speaks again");

        robot.clickOn("#stop");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !spiralPanel.runningProperty().get());
        robot.clickOn(iris.tabTitle());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#train").queryAs(Button.class).isDisabled(), "the run ended: the iris may train");
        assertFalse(label("#training-waiting", robot).isVisible());
        assertEquals("Ready to train", label("#epoch", robot).getText());

        robot.interact(() -> assertTrue(window.files().close(spiral)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.tabOf(spiral), "the window holds the closed tab no more, nor its dashboard");
        assertNull(spiralPanel.getScene(), "which is off screen");
        assertSame(window.tabOf(iris).dashboard().panel(), window.training());
        assertSame(window.training().lossChart(), robot.lookup("#loss-chart").queryAs(LineChart.class));
    }

    @Test
    void anUntrainedTabSaysItsNetworkIsNotReadyWhileItHasProblems(FxRobot robot) {
        robot.clickOn(iris.tabTitle());
        assertEquals("Ready to train", label("#epoch", robot).getText());
        Edge cut = iris.project().graph().incoming("dense_1").get(0);
        robot.interact(() -> {
            window.editor().selection().selectWire(cut);
            window.editor().deleteSelection();
        });
        int problems = window.editor().analysis().problems().size();
        assertTrue(problems > 0);
        assertEquals("Not ready: " + problems + (problems == 1 ? " problem" : " problems"), label("#epoch", robot).getText(),
                "not \"Ready to train\" beside a red card");

        robot.clickOn(spiral.tabTitle());
        assertEquals("Ready to train", label("#epoch", robot).getText(), "the spiral's network is whole");
        robot.clickOn(iris.tabTitle());
        robot.interact(() -> iris.stack().undo());
        assertEquals("Ready to train", label("#epoch", robot).getText(), "the wire is back");
    }

    // Selects the spiral's tab and presses its Train for a run of this many epochs.
    private TrainingPanel trainSpiral(int epochs, FxRobot robot) {
        robot.clickOn(spiral.tabTitle());
        Project project = spiral.project();
        robot.interact(() -> window.editor().execute(
                new ChangeTraining(project.training().withEpochs(epochs), project.data(), "training epochs")));
        robot.clickOn("#train");
        return window.training();
    }

    private static Label label(String id, FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class);
    }
}
