package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The mini-map over a network far wider than the window: shown, dragged to pan, turned off; hidden for a small one. */
@ExtendWith(ApplicationExtension.class)
class MiniMapWindowTest {

    private StackPane root;
    private CanvasView canvas;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        Scene scene = new Scene(root, 900, 500);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void draggingTheFramePansTheViewAndTheMapHidesWhenTurnedOff(FxRobot robot) {
        show(new EditorModel(Projects.chain(30), s -> { }), robot);
        MiniMap map = canvas.miniMap();
        assertTrue(map.isVisible(), "32 cards in a row do not fit a 900-pixel window");
        Node board = robot.lookup("#canvas").query();
        double leftBefore = board.localToScene(board.getLayoutBounds()).getMinX();
        Bounds frame = map.frame().localToScreen(map.frame().getLayoutBounds());
        robot.drag(frame.getCenterX(), frame.getCenterY()).moveBy(30, 0).moveBy(30, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double moved = leftBefore - board.localToScene(board.getLayoutBounds()).getMinX();
        double expected = 60 / map.frame().getWidth() * canvas.getViewportBounds().getWidth();
        assertEquals(expected, moved, expected * 0.1, "the board scrolls as far as the frame was dragged, in board units");
        Bounds after = map.frame().localToScreen(map.frame().getLayoutBounds());
        assertEquals(frame.getCenterX() + 60, after.getCenterX(), 3, "the frame stays under the pointer");

        robot.interact(() -> canvas.miniMapEnabledProperty().set(false));
        assertFalse(map.isVisible());
        robot.interact(() -> canvas.miniMapEnabledProperty().set(true));
        assertTrue(map.isVisible());
    }

    @Test
    void aNetworkThatFitsTheViewHasNoMiniMap(FxRobot robot) {
        show(new EditorModel(Projects.chain(2), s -> { }), robot);
        assertFalse(canvas.miniMap().isVisible());
    }

    private void show(EditorModel editor, FxRobot robot) {
        robot.interact(() -> {
            canvas = new CanvasView(editor);
            root.getChildren().setAll(canvas);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
