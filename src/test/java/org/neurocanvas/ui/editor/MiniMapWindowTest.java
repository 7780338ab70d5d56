package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.MoveLayers;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A network far wider than the window: the mini-map over it (shown, dragged to pan, turned off;
 * hidden for a small one), and its cards far out of view, styled before a pan reaches them.
 */
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
    void aCardFarOutOfViewIsStyledBeforeAPanReachesIt(FxRobot robot) throws Exception {
        show(new EditorModel(Projects.chain(60), s -> { }), robot);
        NodeView last = WaitForAsyncUtils.asyncFx(() -> canvas.card("dense_60")).get();
        assertNull(last.getParent(), "the last card lies 12,000 units right of the view, off the board");

        // Styled, it has the background its style sheet gives a card; a card never styled has none.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> last.card().getBackground() != null).get());
        assertNull(WaitForAsyncUtils.asyncFx(last::getParent).get(), "styled, and off the board again");
    }

    @Test
    void aNetworkThatFitsTheViewHasNoMiniMap(FxRobot robot) {
        show(new EditorModel(Projects.chain(2), s -> { }), robot);
        assertFalse(canvas.miniMap().isVisible());
    }

    @Test
    void aLayerAddedUnderTheMiniMapIsBroughtIntoSight(FxRobot robot) {
        DocumentSession document = Projects.chain(30);
        // A layer far below makes the network, and so the mini-map, tall enough to hide a card.
        Projects.looseDense(document, 60, 3000);
        EditorModel editor = new EditorModel(document, s -> { });
        show(editor, robot);
        MiniMap map = canvas.miniMap();
        assertTrue(map.isVisible() && map.getHeight() > CanvasGeometry.CARD_HEIGHT, "a mini-map that can hide a card: " + map.getHeight());
        Node board = robot.lookup("#canvas").query();
        Bounds mapOnBoard = board.sceneToLocal(map.localToScene(map.getLayoutBounds()));
        // Its corner where the mini-map's is: wholly in the view, wholly under the map.
        robot.interact(() -> editor.addLayerAt(Catalog.DENSE.id(), new Point2D(mapOnBoard.getMaxX() - CanvasGeometry.CARD_WIDTH / 2 - 10,
                mapOnBoard.getMaxY() - CanvasGeometry.CARD_HEIGHT / 2 - 10)));
        WaitForAsyncUtils.waitForFxEvents();

        String added = editor.selection().layers().iterator().next();
        NodeView view = robot.lookup("#" + added).queryAs(NodeView.class);
        Bounds card = view.card().localToScene(view.card().getLayoutBounds());
        assertFalse(map.localToScene(map.getLayoutBounds()).intersects(card), "the new card is not hidden under the mini-map: " + card);
    }

    @Test
    void aPanMovesOnlyTheFrameButACardMovedIsRedrawnOnTheMap(FxRobot robot) {
        EditorModel editor = new EditorModel(Projects.chain(30), s -> { });
        show(editor, robot);
        MiniMap map = canvas.miniMap();
        WritableImage before = snapshot(map, robot);
        robot.interact(() -> canvas.setHvalue(0.5));
        WritableImage panned = snapshot(map, robot);
        assertFalse(samePixels(before, panned), "the frame moved with the view");
        boolean[] laidOut = new boolean[1];
        robot.interact(() -> {
            canvas.setHvalue(0.6);
            laidOut[0] = map.isNeedsLayout();
        });
        // A layout of the map lays the scroll pane out again, which measures the board from all its cards.
        assertFalse(laidOut[0], "a pan moves the frame without laying the map out again");
        robot.interact(() -> editor.execute(new MoveLayers(java.util.Map.of("dense_30",
                new MoveLayers.Move(editor.graph().node("dense_30").x(), 180, 60, 180 + 100)))));
        assertFalse(samePixels(panned, snapshot(map, robot)), "a card moved within the map shows where it went");
    }

    private static WritableImage snapshot(Node node, FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        return image[0];
    }

    private static boolean samePixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void show(EditorModel editor, FxRobot robot) {
        robot.interact(() -> {
            canvas = new CanvasView(editor);
            root.getChildren().setAll(canvas);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
