package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.ui.editor.NodeView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the editing gestures of the canvas through the real window, headless, on a copy of the spiral sample. */
@ExtendWith(ApplicationExtension.class)
class EditorGesturesTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path copy = Files.createTempDirectory("neurocanvas-ui").resolve("spiral-mlp.json");
        Files.copy(NeuroCanvasApp.DEFAULT_PROJECT, copy);
        window = new MainWindow(stage, new DocumentSession(ProjectIO.read(copy), copy), name -> UnsavedChangesPrompt.Answer.DISCARD);
        stage.setWidth(1240);
        stage.setHeight(780);
        stage.show();
    }

    @Test
    void typingInTheSearchFiltersThePaletteAndEnterAddsTheMarkedLayerAfterTheSelection(FxRobot robot) {
        robot.clickOn(card("dense_1", robot));
        robot.clickOn("#palette-search").write("drop");
        assertFalse(robot.lookup("#palette-Dense").query().isVisible(), "Dense does not match 'drop'");
        assertTrue(robot.lookup("#palette-Dropout").query().isVisible());
        robot.type(KeyCode.ENTER);
        assertTrue(graph().edges().contains(new Edge("dense_1", "dropout_1")), graph().edges().toString());
        robot.clickOn(board(robot).localToScreen(15, 15));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertFalse(graph().contains("dropout_1"), "one undo on the canvas takes the layer and its wire away");
    }

    private static Pane board(FxRobot robot) {
        return robot.lookup("#canvas").queryAs(Pane.class);
    }

    private Graph graph() {
        return window.editor().graph();
    }

    private static javafx.scene.Node card(String layer, FxRobot robot) {
        return robot.lookup("#" + layer).queryAs(NodeView.class).card();
    }
}
