package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Project;
import org.neurocanvas.ui.editor.NodeView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window, headless, on a copy of the spiral sample. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SpiralWindow.show(stage, 1240, 780);
    }

    @Test
    void anIdleWindowAsksForNoFrames(FxRobot robot) throws Exception {
        Path recoveries = Files.createTempDirectory("neurocanvas-recovery");
        robot.interact(() -> window.startAutosave(recoveries, found -> true));
        // A busy machine may still be settling the window in the first second or two.
        int pulses = pulsesInASecond(robot);
        for (int second = 1; second < 5 && pulses > 0; second++) {
            pulses = pulsesInASecond(robot);
        }
        assertEquals(0, pulses, "pulses in a second of rest");
    }

    private int pulsesInASecond(FxRobot robot) {
        AtomicInteger pulses = new AtomicInteger();
        Runnable count = pulses::incrementAndGet;
        robot.interact(() -> window.stage().getScene().addPostLayoutPulseListener(count));
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        robot.interact(() -> window.stage().getScene().removePostLayoutPulseListener(count));
        return pulses.get();
    }

    @Test
    void dropWireRefuseUndoAndRedo(FxRobot robot) {
        Pane board = robot.lookup("#canvas").queryAs(Pane.class);
        robot.drag("#palette-Dense").moveTo(board.localToScreen(420, 380)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        NodeView added = robot.lookup("#dense_4").queryAs(NodeView.class);
        assertEquals(new Point2D(350, 330), new Point2D(added.getLayoutX(), added.getLayoutY()), "centred on the drop, on the grid");
        assertTrue(window.stage().getTitle().startsWith("spiral-mlp.json •"), window.stage().getTitle());

        robot.drag(port("dense_2", ".port-out", robot)).dropTo(port("dense_4", ".port-in", robot));
        assertTrue(edges().contains(new Edge("dense_2", "dense_4")));

        robot.drag(port("dense_4", ".port-out", robot)).dropTo(port("dense_2", ".port-in", robot));
        assertEquals("dense_2 takes 1 input and already has 1: remove its wire first.",
                robot.lookup("#status").queryAs(Label.class).getText());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertFalse(edges().contains(new Edge("dense_2", "dense_4")), "the first undo takes the wire away");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(robot.lookup("#dense_4").tryQuery().isEmpty(), "the second undo takes the layer away");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertTrue(robot.lookup("#dense_4").tryQuery().isPresent(), "redo brings it back");
    }

    @Test
    void theInspectorEditsTheSelectedLayer(FxRobot robot) {
        robot.clickOn(robot.lookup("#dense_1").queryAs(NodeView.class).card());
        TextField units = robot.lookup("#inspector .text-field").queryAs(TextField.class);
        assertEquals("64", units.getText());
        robot.doubleClickOn(units).write("32").type(KeyCode.ENTER);
        assertEquals("(None, 32)", window.editor().analysis().layer("dense_1").shape().toString());

        robot.doubleClickOn(units).write("0").type(KeyCode.ENTER);
        assertEquals("32", units.getText(), "a refused value reverts");
        assertEquals("Setting 'units' of dense_1 expects a whole number from 1 to 65536, found 0.", window.status().text());

        javafx.scene.control.ScrollPane inspector = robot.lookup("#inspector").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> inspector.setVvalue(1));
        robot.interact(() -> window.editor().addLayerAt("Flatten", new Point2D(400, 420)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, inspector.getVvalue(), "another layer's settings start at its name");
        assertTrue(robot.lookup("#inspector ." + Styles.SETTINGS_SHEET).queryAll().isEmpty(),
                "a layer with nothing to set shows no empty Settings box");
    }

    @Test
    void trainingDrawsTheLossAndLocksEditingUntilStopped(FxRobot robot) throws Exception {
        robot.clickOn("#train");
        assertTrue(robot.lookup("#palette").query().isDisabled(), "the palette is locked while training runs");
        LineChart<?, ?> loss = robot.lookup("#loss-chart").queryAs(LineChart.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !loss.getData().get(0).getData().isEmpty());
        assertTrue(window.editor().isLocked());
        assertEquals("Training: Stop ends the run after the current batch.", window.status().text(),
                "nothing said as the run started talks over it");

        robot.clickOn("#stop");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.training().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.editor().isLocked());
        assertFalse(robot.lookup("#palette").query().isDisabled());
    }

    @Test
    void aShortRunDrawsTheBoundaryAndTheEvaluationCountsEveryValidationSample(FxRobot robot) throws Exception {
        Project project = window.editor().session().project();
        robot.interact(() -> window.editor().execute(
                new ChangeTraining(project.training().withEpochs(3), project.data(), "training epochs")));
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.training().boundary().framesDrawnProperty().get() > 0);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.training().evaluation().reportProperty().get() != null);
        assertFalse(window.training().runningProperty().get());
        // The end of a run still rebuilds views on the FX thread (history, runs, charts); a lookup
        // from this thread while it does reads a scene graph in flux.
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#evaluation-tab");
        long counted = robot.lookup("#confusion-matrix .confusion-cell .label").queryAllAs(Label.class).stream()
                .mapToLong(cell -> Long.parseLong(cell.getText())).sum();
        // The spiral sample holds back a quarter of its 600 points for validation.
        assertEquals(150, counted);
        assertEquals(9, robot.lookup("#confusion-matrix .confusion-cell").queryAll().size(), "3 classes, 3 × 3 cells");
        assertTrue(robot.lookup(".evaluation-headline").queryAs(Label.class).getText().endsWith("on the 150 validation samples"));

        // A click on a cell lists its samples, as many rows as the cell counts; a second click goes back to the scores.
        Label firstCell = robot.lookup("#confusion-cell-0-0 .label").queryAs(Label.class);
        robot.clickOn("#confusion-cell-0-0");
        javafx.scene.control.TableView<?> samples = robot.lookup("#cell-samples .table-view").queryAs(javafx.scene.control.TableView.class);
        assertEquals(Integer.parseInt(firstCell.getText()), samples.getItems().size());
        assertEquals("p(arm 1)", samples.getColumns().get(3).getText(), "the sample's number, its two values, then each class's probability");
        robot.clickOn("#confusion-cell-0-0");
        assertTrue(robot.lookup("#cell-samples").tryQuery().isEmpty());
        assertTrue(robot.lookup("#scores").tryQuery().isPresent());

        // The run is kept in the project's history, which makes the document unsaved.
        assertEquals(1, project.history().size());
        assertEquals(3, project.history().get(0).epochs().size());
        assertEquals("0.003", project.history().get(0).settings().get("learningRate"));
        assertTrue(window.stage().getTitle().startsWith("spiral-mlp.json •"), window.stage().getTitle());

        robot.clickOn("#runs-tab");
        javafx.scene.control.TableView<?> table = robot.lookup("#runs .table-view").queryAs(javafx.scene.control.TableView.class);
        assertEquals(1, table.getItems().size());
        robot.interact(() -> window.training().runs().table().getItems().get(0).comparedProperty().set(true));
        assertEquals(4, window.training().lossChart().getData().size(), "the ticked run's validation loss joins the loss chart");
        assertEquals(3, window.training().lossChart().getData().get(3).getData().size());

        robot.interact(() -> window.editor().execute(
                new ChangeTraining(project.training().withLearningRate(0.5), project.data(), "training learning rate")));
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#restore-settings");
        assertEquals(0.003, project.training().learningRate());
        assertEquals("Restored the training settings of run 1: Undo takes them back.", window.status().text());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0.5, project.training().learningRate(), "restoring is one undoable edit");
    }

    @Test
    void theDataTabShowsTheSpiralsFirstPointsAndItsClassBalance(FxRobot robot) throws Exception {
        robot.clickOn("#data-tab");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.data().previewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> rows = robot.lookup("#data-rows").queryAs(javafx.scene.control.TableView.class);
        assertEquals(20, rows.getItems().size());
        javafx.scene.chart.BarChart<?, ?> balance = robot.lookup("#class-balance").queryAs(javafx.scene.chart.BarChart.class);
        assertEquals(3, balance.getData().get(0).getData().size(), "three arms, three bars");

        // A change of the data setting loads again while the tab is shown.
        Project project = window.editor().session().project();
        robot.interact(() -> window.editor().execute(new ChangeTraining(project.training(),
                org.neurocanvas.model.DataSpec.shipped("iris"), "data source")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.data().previewProperty().get() != null
                && window.data().previewProperty().get().summary().startsWith("iris.csv"));
    }

    private static Node port(String layer, String port, FxRobot robot) {
        return robot.lookup("#" + layer + " " + port).query();
    }

    private java.util.List<Edge> edges() {
        return window.editor().graph().edges();
    }
}
