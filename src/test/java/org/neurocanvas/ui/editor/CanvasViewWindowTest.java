package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.CacheHint;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.PickResult;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.Edge;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Looking around the canvas through the real window, headless: Ctrl+wheel and pinch zoom around the pointer,
 * the middle button and Space+drag pan, and Zoom to Fit shows a network far wider than the window.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasViewWindowTest {

    private StackPane root;
    private CanvasView canvas;
    private DocumentSession session;
    private EditorModel editor;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        Scene scene = new Scene(root, 900, 500);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void zoomedOutTheCardsKeepTheirPicturesAndZoomedInTheyAreDrawnSharpAgainAtRest(FxRobot robot) {
        show(Projects.chain(3), robot);
        NodeView card = robot.lookup("#dense_1").queryAs(NodeView.class);
        robot.interact(() -> canvas.zoomProperty().set(0.8));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CacheHint.SPEED, card.getCacheHint(), "zoomed out, the picture made at actual size is scaled down");
        robot.interact(() -> canvas.zoomProperty().set(1.5));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CacheHint.QUALITY, card.getCacheHint(), "zoomed in, at rest, drawn afresh at the new size");
        robot.interact(() -> canvas.zoomProperty().set(1.25));
        assertEquals(CacheHint.SPEED, card.getCacheHint(), "while the zoom moves, scaled as it is");
    }

    @Test
    void anEditRewritesTheTextsOfTheCardItChangesAndKeepsTheCard(FxRobot robot) {
        show(Projects.chain(3), robot);
        NodeView card = robot.lookup("#dense_1").queryAs(NodeView.class);
        robot.interact(() -> editor.changeSetting("dense_1", "units", 17));
        // A new card would be built, styled and drawn into its picture on each edit: 2-3 ms of a frame here.
        assertSame(card, robot.lookup("#dense_1").queryAs(NodeView.class), "the same card");
        assertTrue(card.texts().stream().anyMatch(t -> t.getText().equals("(None, 17)")), "showing the new shape");
        robot.interact(() -> editor.session().stack().undo());
        assertSame(card, robot.lookup("#dense_1").queryAs(NodeView.class));
        assertTrue(card.texts().stream().noneMatch(t -> t.getText().equals("(None, 17)")), "and the old one again after undo");
    }

    @Test
    void theBoardGrowsWhileACardIsDraggedPastItsEdgeAndShrinksBackOnUndo(FxRobot robot) {
        show(Projects.chain(3), robot);
        Board board = robot.lookup("#canvas").queryAs(Board.class);
        double before = board.prefWidth(-1);
        NodeView last = robot.lookup("#output_1").queryAs(NodeView.class);

        robot.drag(last.card()).moveBy(200, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 200, board.prefWidth(-1), CanvasGeometry.GRID, "room for the card as it goes");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 200, board.prefWidth(-1), CanvasGeometry.GRID, "and where it stays");

        robot.interact(() -> editor.session().stack().undo());
        assertEquals(before, board.prefWidth(-1), "the undo takes the room back");
    }

    @Test
    void aPngExportIsAsSharpAsCardsDrawnWithoutTheirPicturesForTheScreen(FxRobot robot) throws Exception {
        show(Projects.chain(2), robot);
        WritableImage export = WaitForAsyncUtils.asyncFx(() -> canvas.exportImage(2)).get();
        WritableImage direct = WaitForAsyncUtils.asyncFx(() -> {
            List.of("input_1", "dense_1", "dense_2", "output_1").forEach(id -> canvas.card(id).setCache(false));
            return canvas.exportImage(2);
        }).get();
        assertEquals(direct.getWidth(), export.getWidth());
        assertEquals(direct.getHeight(), export.getHeight());
        int differing = 0;
        for (int y = 0; y < direct.getHeight(); y++) {
            for (int x = 0; x < direct.getWidth(); x++) {
                Color a = export.getPixelReader().getColor(x, y);
                Color b = direct.getPixelReader().getColor(x, y);
                if (Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) > 0.1) {
                    differing++;
                }
            }
        }
        // A picture made for the screen at actual size and enlarged twice blurs every letter's edge.
        assertTrue(differing < direct.getWidth() * direct.getHeight() / 1000, differing + " pixels differ");
    }

    @Test
    void ctrlWheelZoomsInAndOutAroundThePointer(FxRobot robot) {
        showScrolledToTheMiddle(robot);
        // A point right of and below the middle of the view.
        Point2D anchor = new Point2D(1090, 500);
        Point2D before = onScreen(anchor, robot);
        robot.moveTo(before);
        robot.press(KeyCode.CONTROL).scroll(1, VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = canvas.zoomProperty().get();
        assertTrue(zoomed != 1.0, "Ctrl+wheel zooms");
        assertNear(before, onScreen(anchor, robot), "the point under the pointer stays put at " + zoomed);
        robot.press(KeyCode.CONTROL).scroll(1, VerticalDirection.DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, canvas.zoomProperty().get(), 1e-9, "the other way steps back");
        assertNear(before, onScreen(anchor, robot), "and the point still stays put");

        robot.scroll(1, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, canvas.zoomProperty().get(), 1e-9, "the plain wheel scrolls and does not zoom");
    }

    @Test
    void aPinchZoomsAroundWhereTheFingersAre(FxRobot robot) {
        showScrolledToTheMiddle(robot);
        Point2D anchor = new Point2D(1090, 500);
        Point2D screen = onScreen(anchor, robot);
        Point2D scene = canvas.getScene().getRoot().screenToLocal(screen);
        robot.interact(() -> Event.fireEvent(canvas, new ZoomEvent(ZoomEvent.ZOOM, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, false, false, false, false, false, 1.3, 1.3, new PickResult(canvas, scene.getX(), scene.getY()))));
        assertEquals(1.3, canvas.zoomProperty().get(), 1e-9);
        assertNear(screen, onScreen(anchor, robot), "the point between the fingers stays put");
    }

    @Test
    void theMiddleButtonPansOverEmptyCanvasAndOverACardWithoutMovingIt(FxRobot robot) {
        show(Projects.chain(8), robot);
        double left = boardLeft(robot);
        robot.drag(onScreen(new Point2D(500, 60), robot), MouseButton.MIDDLE).moveBy(-60, 0).moveBy(-60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(left - 120, boardLeft(robot), 2, "the board follows the pointer");

        left = boardLeft(robot);
        Node card = robot.lookup("#dense_3").queryAs(NodeView.class).card();
        Bounds on = card.localToScreen(card.getLayoutBounds());
        robot.drag(new Point2D(on.getCenterX(), on.getCenterY()), MouseButton.MIDDLE).moveBy(-50, 0).moveBy(-50, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(left - 100, boardLeft(robot), 2, "a middle drag that starts on a card pans too");
        assertEquals(660, session.project().graph().node("dense_3").x(), "the card stays where it was");
        assertFalse(session.stack().canUndo(), "panning is no edit");
    }

    @Test
    void spaceAndADragPanInsteadOfSelectingOrMoving(FxRobot robot) {
        show(Projects.chain(8), robot);
        double left = boardLeft(robot);
        robot.clickOn(onScreen(new Point2D(500, 60), robot));
        robot.press(KeyCode.SPACE);
        robot.drag(onScreen(new Point2D(500, 60), robot), MouseButton.PRIMARY).moveBy(-60, 0).moveBy(-60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(left - 120, boardLeft(robot), 2, "the board follows the pointer");
        assertTrue(editor.selection().isEmpty(), "no rubber band was drawn");
        Node card = robot.lookup("#dense_2").queryAs(NodeView.class).card();
        Bounds on = card.localToScreen(card.getLayoutBounds());
        left = boardLeft(robot);
        robot.drag(new Point2D(on.getCenterX(), on.getCenterY()), MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0).drop();
        robot.release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(left + 80, boardLeft(robot), 2, "a drag from a card pans while Space is held");
        assertEquals(460, session.project().graph().node("dense_2").x(), "and leaves the card in place");
        assertFalse(session.stack().canUndo());
        assertEquals(0, canvas.getVvalue(), 1e-9, "Space did not page the view down");

        robot.drag(new Point2D(on.getCenterX() + 80, on.getCenterY()), MouseButton.PRIMARY).moveBy(20, 0).moveBy(20, 0).drop();
        assertEquals(500, session.project().graph().node("dense_2").x(), "once Space is up a drag moves the card again");
    }

    @Test
    void zoomToFitShowsEveryCardOfANetworkFarWiderThanTheWindow(FxRobot robot) {
        show(Projects.chain(40), robot);
        robot.interact(canvas::zoomToFit);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.zoomProperty().get() < 0.5, "below the wheel's smallest step: " + canvas.zoomProperty().get());
        Bounds view = canvas.localToScreen(canvas.getLayoutBounds());
        for (String layer : new String[] {"input_1", "dense_20", "output_1"}) {
            Node card = robot.lookup("#" + layer).queryAs(NodeView.class).card();
            assertTrue(view.contains(card.localToScreen(card.getLayoutBounds())), layer + " is in view");
        }
    }

    @Test
    void aProjectJustOpenedThatIsTooWideToFitReadablyStillScrolls(FxRobot robot) {
        // Opened, a project is refitted while the window settles; fitted at the smallest readable zoom, it is
        // wider than the view. Scrolling moved the viewport, whose move refitted, which put the scroll back at 0.
        show(Projects.chain(20), robot);
        robot.interact(canvas::fitUntilZoomed);
        WaitForAsyncUtils.waitForFxEvents();
        double zoom = canvas.zoomProperty().get();
        robot.interact(() -> canvas.setHvalue(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.5, canvas.getHvalue(), 1e-9, "the view stays where it was scrolled to");
        robot.interact(() -> canvas.reveal("output_1"));
        WaitForAsyncUtils.waitForFxEvents();
        Node card = robot.lookup("#output_1").queryAs(NodeView.class).card();
        assertTrue(canvas.localToScreen(canvas.getLayoutBounds()).contains(card.localToScreen(card.getLayoutBounds())),
                "the last layer can be brought into view");
        assertEquals(zoom, canvas.zoomProperty().get(), 1e-9, "and the zoom holds");
    }

    @Test
    void aCardWithAHintIsMarkedButNotRedAndSaysWhyOnHover(FxRobot robot) {
        show(Projects.spiralMlp(), robot);
        robot.interact(() -> editor.changeSetting("dense_3", "activation", "relu"));
        NodeView card = robot.lookup("#dense_3").queryAs(NodeView.class);
        assertTrue(card.getPseudoClassStates().contains(NodeView.HINTED));
        assertFalse(card.getPseudoClassStates().contains(Styles.INVALID), "the network still trains");
        assertTrue(card.tooltip().getText().startsWith("Hint: dense_3: relu before softmax cross-entropy clips the logits"),
                card.tooltip().getText());
        robot.interact(() -> editor.changeSetting("dense_3", "activation", "linear"));
        assertFalse(card.getPseudoClassStates().contains(NodeView.HINTED), "the mark goes with the hint");
    }

    @Test
    void anEditRedrawsTheCardItChangesNotTheWholeView(FxRobot robot) {
        show(Projects.spiralMlp(), robot);
        NodeView card = robot.lookup("#dense_1").queryAs(NodeView.class);
        Polygon arrow = robot.lookup(".wire-arrow").queryAs(Polygon.class);
        int[] arrowChanges = {0};
        robot.interact(() -> arrow.getPoints().addListener((ListChangeListener<Double>) c -> arrowChanges[0]++));

        robot.interact(() -> editor.changeSetting("dense_1", "units", 7));

        assertTrue(card.getAccessibleText().contains("(None, 7)"), card.getAccessibleText());
        assertEquals(0, arrowChanges[0], "a wire that did not move keeps its arrow: set again, each arrow was repainted");
        assertFalse(canvas.lookup(".viewport").isCache(), "a view cached as one picture is drawn again whole on any change");
    }

    @Test
    void aCardIsLightUntilItHasAProblemToSay(FxRobot robot) {
        show(Projects.spiralMlp(), robot);
        NodeView card = robot.lookup("#dense_1").queryAs(NodeView.class);
        // A pan styles each card coming into view afresh: a label is a control with a skin, two nodes and three times a text's styles.
        assertEquals(List.of(), controlsIn(card), "a card without a problem has texts, not labels");
        assertTrue(card.isCache(), "the card, its ports included, is one picture that a pan copies");

        // Its output wire deleted, the layer leads nowhere (and dense_2 has nothing to read).
        robot.interact(() -> {
            editor.selection().selectWire(editor.graph().incoming("dense_2").get(0));
            editor.deleteSelection();
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Control> problem = controlsIn(card);
        assertEquals(1, problem.size(), "the problem's sentence, made when first needed: " + problem);
        Label sentence = (Label) problem.get(0);
        assertTrue(sentence.isVisible() && sentence.getText().startsWith("dense_1 does not lead to"), sentence.getText());
        // Measured before it was styled, the sentence was laid out no lines high, or one line cut short.
        assertEquals(sentence.prefHeight(sentence.getWidth()), sentence.getHeight(), 0.5, "the whole sentence shows");
        assertTrue(sentence.getHeight() > 2 * sentence.getFont().getSize(), "on more than one line: " + sentence.getHeight());
        robot.interact(() -> session.stack().undo());
        assertFalse(sentence.isVisible(), "the sentence goes with the problem");
    }

    @Test
    void arrangedTopToBottomThePortsGoOnTopAndBottomAndComeBackOnUndo(FxRobot robot) {
        show(Projects.spiralMlp(), robot);
        NodeView card = robot.lookup("#dense_1").queryAs(NodeView.class);
        assertEquals(new Point2D(0, CanvasGeometry.CARD_HEIGHT / 2), centre(card.inputPort()), "on the side, left to right");

        robot.interact(() -> editor.arrange(AutoLayout.Direction.TOP_TO_BOTTOM));
        assertEquals(new Point2D(CanvasGeometry.CARD_WIDTH / 2, 0), centre(card.inputPort()), "the input on top");
        assertEquals(new Point2D(CanvasGeometry.CARD_WIDTH / 2, CanvasGeometry.CARD_HEIGHT), centre(card.outputPort()), "the output at the bottom");
        WireView wire = robot.lookup(".wire").match((WireView w) -> w.edge().equals(new Edge("dense_1", "dense_2"))).queryAs(WireView.class);
        Bounds drawn = wire.lookup(".wire-line").getBoundsInParent();
        assertTrue(drawn.getWidth() < 4 && drawn.getHeight() > AutoLayout.ROW_GAP / 2, "the wire runs straight down: " + drawn);
        robot.interact(() -> {
            editor.selection().selectWire(editor.graph().incoming("dense_2").get(0));
            editor.deleteSelection();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Control sentence = controlsIn(card).get(0);
        assertTrue(sentence.getBoundsInParent().getMinX() > CanvasGeometry.CARD_WIDTH, "the problem beside the card, clear of the wire below it");
        robot.interact(() -> session.stack().undo());

        robot.interact(() -> session.stack().undo());
        assertEquals(new Point2D(0, CanvasGeometry.CARD_HEIGHT / 2), centre(card.inputPort()), "undone, back on the side");
    }

    private static Point2D centre(javafx.scene.shape.Circle port) {
        return new Point2D(port.getCenterX(), port.getCenterY());
    }

    private static List<Control> controlsIn(Node node) {
        List<Control> found = new ArrayList<>();
        if (node instanceof Control c) {
            found.add(c);
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> found.addAll(controlsIn(child)));
        }
        return found;
    }

    @Test
    void aWireSaysOnHoverWhatShapeOfTensorItCarries(FxRobot robot) throws Exception {
        show(Projects.spiralMlp(), robot);
        WireView wire = robot.lookup(".wire").match((WireView w) -> w.edge().equals(new Edge("dense_1", "dense_2"))).queryAs(WireView.class);
        Bounds middle = wire.localToScreen(wire.getBoundsInLocal());
        robot.moveTo(new Point2D(middle.getCenterX(), middle.getCenterY()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> wire.tooltip().isShowing());
        assertEquals("(None, 64) from dense_1 to dense_2", wire.tooltip().getText());
        robot.interact(() -> editor.changeSetting("dense_1", "units", 7));
        assertEquals("(None, 7) from dense_1 to dense_2", wire.tooltip().getText(), "the shape follows the edit");
    }

    private void show(DocumentSession document, FxRobot robot) {
        session = document;
        robot.interact(() -> {
            editor = new EditorModel(session, s -> { });
            canvas = new CanvasView(editor);
            root.getChildren().setAll(canvas);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    // The board can scroll only so far: a point holds still while zooming only where the board reaches beyond the view
    // on every side, so the view starts in the middle of a network wider and taller than the window.
    private void showScrolledToTheMiddle(FxRobot robot) {
        DocumentSession document = Projects.chain(8);
        Projects.looseDense(document, 60, 700);
        show(document, robot);
        robot.interact(() -> {
            canvas.setHvalue(0.5);
            canvas.setVvalue(0.5);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D onScreen(Point2D boardPoint, FxRobot robot) {
        Node board = robot.lookup("#canvas").query();
        return board.localToScreen(boardPoint);
    }

    private double boardLeft(FxRobot robot) {
        Node board = robot.lookup("#canvas").query();
        return board.localToScreen(0, 0).getX();
    }

    private static void assertNear(Point2D expected, Point2D actual, String message) {
        assertEquals(expected.getX(), actual.getX(), 1.5, message + ": " + actual + " for " + expected);
        assertEquals(expected.getY(), actual.getY(), 1.5, message + ": " + actual + " for " + expected);
    }
}
