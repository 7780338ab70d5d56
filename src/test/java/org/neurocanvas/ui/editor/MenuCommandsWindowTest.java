package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.ui.MainWindow;
import org.neurocanvas.ui.SpiralWindow;
import org.neurocanvas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The menu bar's commands and the canvas's mouse gestures, driven through the real main window on a copy of the
 * spiral sample (Input → Dense → Dense → Dense → Output at x = 30, 230, 430, 630, 830, y = 150; the view shows up to
 * about x = 670 at actual size): Edit > Undo and Redo, a move of two shift-selected cards, a clicked wire deleted,
 * the View menu's zooms, Mini-map, Arrange Top to Bottom and Dark Theme, and Help > Shortcuts.
 */
@ExtendWith(ApplicationExtension.class)
class MenuCommandsWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SpiralWindow.show(stage, 1240, 780);
    }

    @Test
    void editUndoAndRedoFromTheMenuNameTheMoveAndPutTheDraggedCardBackAndForth(FxRobot robot) {
        Point2D home = place("dense_2");
        robot.drag(card("dense_2", robot)).moveBy(0, 60).moveBy(0, 60).drop();
        Point2D moved = new Point2D(430, 270);
        assertEquals(moved, place("dense_2"), "the drag moved the card");
        assertEquals("Move dense_2", stack().undoDescription().orElseThrow());

        // Found by its text, the item shows the step it undoes.
        chooseFromMenu("Edit", "Undo Move dense_2", robot);
        assertEquals(home, place("dense_2"), "undo puts the card back");
        assertEquals(home, drawnAt("dense_2", robot), "and draws it there");
        assertEquals("Move dense_2", stack().redoDescription().orElseThrow());

        chooseFromMenu("Edit", "Redo Move dense_2", robot);
        assertEquals(moved, place("dense_2"), "redo moves it again");
        assertEquals(moved, drawnAt("dense_2", robot));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(home, place("dense_2"));
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(moved, place("dense_2"), "Ctrl+Y redoes too");
    }

    @Test
    void aShiftClickedSecondCardMovesWithTheFirstAndOneUndoPutsBothBack(FxRobot robot) {
        robot.clickOn(card("dense_2", robot));
        robot.press(KeyCode.SHIFT).clickOn(card("dense_1", robot)).release(KeyCode.SHIFT);
        assertEquals(Set.of("dense_1", "dense_2"), window.editor().selection().layers());

        robot.drag(card("dense_2", robot)).moveBy(0, 60).moveBy(0, 60).drop();
        Map<String, Point2D> moved = Map.of("dense_1", new Point2D(230, 270), "dense_2", new Point2D(430, 270));
        assertEquals(moved, places("dense_1", "dense_2"), "both cards moved as far");
        assertEquals("Move 2 layers", stack().undoDescription().orElseThrow());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(Map.of("dense_1", new Point2D(230, 150), "dense_2", new Point2D(430, 150)), places("dense_1", "dense_2"),
                "one undo puts both back");
        assertEquals(new Point2D(230, 150), drawnAt("dense_1", robot));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(moved, places("dense_1", "dense_2"), "one redo moves both again");
    }

    @Test
    void aClickedWireIsSelectedAndDeleteRemovesOnlyItUntilUndone(FxRobot robot) {
        Edge wire = new Edge("dense_1", "dense_2");
        List<Edge> wires = List.copyOf(graph().edges());
        // The wire runs level from dense_1's output port to dense_2's arrowhead (x = 387 to 413 at y = 200), so the middle
        // of its drawn line lies on it, clear of both cards.
        WireView view = robot.lookup("." + Styles.WIRE).match((WireView w) -> wire.equals(w.edge())).queryAs(WireView.class);
        Node line = view.lookup("." + Styles.WIRE_LINE);
        Bounds drawn = line.localToScreen(line.getLayoutBounds());
        robot.clickOn(new Point2D(drawn.getCenterX(), drawn.getCenterY()));
        assertEquals(wire, window.editor().selection().wire().orElseThrow(), "the click selects the wire");
        assertTrue(window.editor().selection().layers().isEmpty(), "and no layer");

        robot.type(KeyCode.DELETE);
        assertFalse(graph().edges().contains(wire));
        assertEquals(wires.size() - 1, graph().edges().size(), "the other wires stay: " + graph().edges());
        assertEquals(5, graph().nodes().size(), "and every layer");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(wires, graph().edges(), "undo brings the wire back, in its place");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertFalse(graph().edges().contains(wire), "redo deletes it again");
        assertEquals(wires.size() - 1, graph().edges().size());
    }

    @Test
    void theViewMenuZoomsInOutBackToActualSizeAndToFitTheWholeNetwork(FxRobot robot) {
        CanvasView canvas = canvas(robot);
        assertEquals(1, canvas.zoomProperty().get(), 1e-9);
        chooseFromMenu("View", "Zoom In", robot);
        assertEquals(1.1, canvas.zoomProperty().get(), 1e-9);
        chooseFromMenu("View", "Zoom Out", robot);
        chooseFromMenu("View", "Zoom Out", robot);
        assertEquals(0.9, canvas.zoomProperty().get(), 1e-9, "each step goes one level down");
        chooseFromMenu("View", "Actual Size", robot);
        assertEquals(1, canvas.zoomProperty().get(), 1e-9);
        assertFalse(showsEveryCard(canvas), "at actual size output_1 lies beyond the view's right edge");

        chooseFromMenu("View", "Zoom to Fit", robot);
        assertTrue(canvas.zoomProperty().get() < 1, "the row is shrunk to fit: " + canvas.zoomProperty().get());
        assertTrue(showsEveryCard(canvas), "every card shows: " + canvas.shownArea());
    }

    @Test
    void viewMiniMapHidesTheMiniMapAndShowsItAgain(FxRobot robot) {
        MiniMap map = canvas(robot).miniMap();
        assertTrue(map.isVisible(), "the spiral's row is wider than the view, so the map shows");
        chooseFromMenu("View", "Mini-map", robot);
        assertFalse(map.isVisible());
        chooseFromMenu("View", "Mini-map", robot);
        assertTrue(map.isVisible());
    }

    @Test
    void arrangeTopToBottomStacksTheCardsInOneColumnAndUndoRedoRestoreExactPlaces(FxRobot robot) {
        Map<String, Point2D> before = places();
        clickEmptyCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Point2D> arranged = places();
        assertEquals("Arrange 5 layers top to bottom", stack().undoDescription().orElseThrow());
        assertEquals(1, arranged.values().stream().map(Point2D::getX).distinct().count(), "one column: " + arranged);
        assertEquals(5, arranged.values().stream().map(Point2D::getY).distinct().count(), "a card to a row: " + arranged);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, places(), "undo puts every card back where it was");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(arranged, places(), "redo stacks them again");
        assertEquals(arranged.get("output_1"), drawnAt("output_1", robot));
    }

    @Test
    void helpShortcutsListsTheMenuKeysAndGesturesAndCloses(FxRobot robot) {
        chooseFromMenu("Help", "Shortcuts", robot);
        GridPane table = robot.lookup("." + Styles.SHORTCUTS).queryAs(GridPane.class);
        Window list = table.getScene().getWindow();
        assertTrue(list.isShowing());
        assertEquals("Ctrl+Z", keysFor("Edit > Undo", table));
        assertEquals("Ctrl+Shift+L", keysFor("View > Arrange Top to Bottom", table));
        assertEquals("Backspace", keysFor("Delete the selection", table), "the gestures beyond the menus are listed too");

        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(list.isShowing(), "Close closes the list");
    }

    @Test
    void viewDarkThemeAddsTheDarkStylesheetAndDarkensTheCanvasAndClickingAgainTakesItAway(FxRobot robot) {
        CanvasView canvas = canvas(robot);
        Paint light = background(canvas);
        chooseFromMenu("View", "Dark Theme", robot);
        assertTrue(darkSheetOn(), window.stage().getScene().getStylesheets().toString());
        assertNotEquals(light, background(canvas), "the canvas takes the dark palette");

        chooseFromMenu("View", "Dark Theme", robot);
        assertFalse(darkSheetOn());
        assertEquals(light, background(canvas), "and the light one again");
    }

    // Clicks a menu of the bar, then one of its items, and lets the window catch up.
    private static void chooseFromMenu(String menu, String item, FxRobot robot) {
        robot.clickOn(menu).clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // The key text beside an action in the shortcut list.
    private static String keysFor(String action, GridPane table) {
        Node name = table.getChildren().stream().filter(n -> n instanceof Label l && l.getText().equals(action)).findFirst().orElseThrow(
                () -> new AssertionError(action + " is not listed"));
        return table.getChildren().stream().filter(n -> GridPane.getRowIndex(n).equals(GridPane.getRowIndex(name)) && n != name)
                .map(n -> ((Label) n).getText()).findFirst().orElseThrow();
    }

    private boolean darkSheetOn() {
        return window.stage().getScene().getStylesheets().stream().anyMatch(s -> s.endsWith(Styles.DARK_STYLESHEET));
    }

    private static Paint background(CanvasView canvas) {
        return canvas.getBackground().getFills().get(0).getFill();
    }

    private boolean showsEveryCard(CanvasView canvas) {
        return graph().nodes().stream().allMatch(n -> canvas.shownArea().contains(n.x(), n.y(), CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT));
    }

    // The top-left corner of what the canvas shows: empty, as the spiral's cards begin further down.
    private static void clickEmptyCanvas(FxRobot robot) {
        robot.clickOn(canvas(robot).localToScreen(12, 12));
    }

    private static CanvasView canvas(FxRobot robot) {
        return robot.lookup("." + Styles.CANVAS_SCROLL).queryAs(CanvasView.class);
    }

    private static NodeView view(String layer, FxRobot robot) {
        return robot.lookup("#" + layer).queryAs(NodeView.class);
    }

    private static Node card(String layer, FxRobot robot) {
        return view(layer, robot).card();
    }

    // Where the canvas draws a layer's card, on the board.
    private static Point2D drawnAt(String layer, FxRobot robot) {
        NodeView view = view(layer, robot);
        return new Point2D(view.getLayoutX(), view.getLayoutY());
    }

    private Point2D place(String layer) {
        LayerNode node = graph().node(layer);
        return new Point2D(node.x(), node.y());
    }

    private Map<String, Point2D> places(String... layers) {
        return Set.of(layers).stream().collect(Collectors.toMap(id -> id, this::place));
    }

    private Map<String, Point2D> places() {
        return places(graph().nodes().stream().map(LayerNode::id).toArray(String[]::new));
    }

    private Graph graph() {
        return window.editor().graph();
    }

    private CommandStack stack() {
        return window.editor().session().stack();
    }
}
