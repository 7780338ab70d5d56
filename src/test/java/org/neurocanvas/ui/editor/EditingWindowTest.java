package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.ui.MainWindow;
import org.neurocanvas.ui.SpiralWindow;
import org.neurocanvas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edits through the real main window on a copy of the spiral sample (Input → Dense → Dense → Dense → Output at
 * x = 30, 230, 430, 630, 830, y = 150), each undone and redone with the keyboard: Arrange, Arrange in Rows, Select All + Delete,
 * Duplicate from the Edit menu, a wire dropped onto a wire, and a loose card dragged onto one.
 */
@ExtendWith(ApplicationExtension.class)
class EditingWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SpiralWindow.show(stage, 1240, 780);
    }

    @Test
    void arrangeLaysTheNetworkOutAndUndoPutsEveryCardBack(FxRobot robot) {
        // A card dragged out of line gives Arrange something to do.
        Node card = card("dense_2", robot);
        robot.drag(card).moveBy(0, 60).moveBy(0, 60).drop();
        Map<String, Point2D> before = places();
        assertEquals(270, before.get("dense_2").getY(), "the drag moved the card");
        robot.push(KeyCode.CONTROL, KeyCode.L);
        Map<String, Point2D> arranged = places();
        assertNotEquals(before, arranged);
        assertEquals(1, arranged.values().stream().map(Point2D::getY).distinct().count(), "a chain is a straight line: " + arranged);
        assertEquals("Arrange 5 layers", stack().undoDescription().orElseThrow());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, places(), "one undo puts every card back");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(arranged, places(), "redo arranges again");
        assertEquals(arranged.get("dense_2"), new Point2D(card.getParent().getLayoutX(), card.getParent().getLayoutY()),
                "the card is drawn where the model has it");
    }

    @Test
    void arrangeInRowsWrapsTheNetworkToTheViewAndShowsItWholeAndUndoPutsItBack(FxRobot robot) {
        CanvasView canvas = robot.lookup(".canvas-scroll").queryAs(CanvasView.class);
        Map<String, Point2D> before = places();
        assertFalse(shownWhole(canvas), "the spiral's row is wider than this window's canvas at a readable zoom");
        clickEmptyCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Arrange 5 layers in rows", stack().undoDescription().orElseThrow());
        assertEquals(2, places().values().stream().map(Point2D::getY).distinct().count(), "two rows: " + places());
        assertTrue(shownWhole(canvas), "the whole network shows: " + places() + " in " + canvas.shownArea());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, places(), "one undo puts the row back");
    }

    @Test
    void arrangeInRowsGivesTheSameRowsWithTheViewScrolledToTheNetworksEnd(FxRobot robot) {
        CanvasView canvas = robot.lookup(".canvas-scroll").queryAs(CanvasView.class);
        clickEmptyCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        Map<String, Point2D> rows = places();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.interact(() -> {
            canvas.zoomProperty().set(1);
            canvas.setHvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.shownArea().getMinX() > 100, "scrolled right: " + canvas.shownArea());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        assertEquals(rows, places(), "rows as wide as the view, not as far as its right edge from the first card");
    }

    private boolean shownWhole(CanvasView canvas) {
        return graph().nodes().stream().allMatch(n -> canvas.shownArea().contains(n.x(), n.y(), CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT));
    }

    @Test
    void selectAllAndDeleteEmptyTheCanvasAndOneUndoBringsLayersAndWiresBack(FxRobot robot) {
        List<Edge> wires = List.copyOf(graph().edges());
        clickEmptyCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.type(KeyCode.DELETE);
        assertTrue(graph().nodes().isEmpty(), "every layer is gone");
        assertTrue(robot.lookup("." + org.neurocanvas.ui.Styles.LAYER_VIEW).queryAll().isEmpty(), "and every card");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(5, graph().nodes().size());
        assertEquals(wires, graph().edges(), "the wires come back too, in their order");
        assertEquals(5, robot.lookup("." + org.neurocanvas.ui.Styles.LAYER_VIEW).queryAll().size());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertTrue(graph().nodes().isEmpty(), "redo deletes them again");
    }

    @Test
    void duplicateFromTheEditMenuCopiesTheSelectionNextToItAsOneStep(FxRobot robot) {
        robot.clickOn(card("dense_2", robot));
        robot.clickOn("Edit").clickOn("Duplicate");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(graph().contains("dense_4"), "the copy has a fresh name");
        assertEquals(Set.of("dense_4"), window.editor().selection().layers(), "the copy is selected, to be moved on");
        assertTrue(robot.lookup("#dense_4").tryQuery().isPresent(), "and drawn");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertFalse(graph().contains("dense_4"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertTrue(graph().contains("dense_4"));
    }

    @Test
    void aWireFromALooseLayerDroppedOnAWireInsertsTheLayer(FxRobot robot) {
        robot.interact(() -> window.editor().addLayerAt("Dense", new Point2D(505, 420)));
        String loose = "dense_4";
        Pane board = robot.lookup("#canvas").queryAs(Pane.class);
        // The wire dense_1 → dense_2 runs level with the ports, from x = 387 to 413 at y = 200.
        robot.drag(robot.lookup("#" + loose).queryAs(NodeView.class).outputPort()).moveTo(board.localToScreen(398, 240))
                .moveTo(board.localToScreen(398, 201)).drop();
        assertEquals(List.of(new Edge("dense_1", loose)), graph().incoming(loose), graph().edges().toString());
        assertEquals(List.of(new Edge(loose, "dense_2")), graph().incoming("dense_2"));
        assertEquals("Insert dense_4 between dense_1 and dense_2", stack().undoDescription().orElseThrow());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(List.of(new Edge("dense_1", "dense_2")), graph().incoming("dense_2"), "undo puts the wire back");
        assertTrue(graph().incoming(loose).isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(List.of(new Edge(loose, "dense_2")), graph().incoming("dense_2"), "redo inserts it again");
    }

    @Test
    void aLooseCardDraggedOntoAWireLightsItAndGoesIntoItMakingRoomAsOneStep(FxRobot robot) {
        robot.interact(() -> window.editor().addLayerAt("Dense", new Point2D(505, 420)));
        String loose = "dense_4";
        Point2D before = new Point2D(graph().node(loose).x(), graph().node(loose).y());
        Pane board = robot.lookup("#canvas").queryAs(Pane.class);
        WireView wire = robot.lookup("." + Styles.WIRE).queryAllAs(WireView.class).stream()
                .filter(w -> w.edge().equals(new Edge("dense_1", "dense_2"))).findFirst().orElseThrow();
        // Held by its middle, the card is carried until the pointer is on the wire dense_1 → dense_2 (y = 200, x 387 to 413).
        robot.drag(card(loose, robot)).moveTo(board.localToScreen(398, 260)).moveTo(board.localToScreen(398, 201));
        assertTrue(wire.getPseudoClassStates().contains(Styles.ACCEPT), "the wire it would go into lights up");
        NodeView carried = robot.lookup("#" + loose).queryAs(NodeView.class);
        assertTrue(carried.inputPort().getPseudoClassStates().contains(Styles.ACCEPT), "and so do the card's ports");
        robot.drop();
        assertFalse(wire.getPseudoClassStates().contains(Styles.ACCEPT));
        assertEquals(List.of(new Edge("dense_1", loose)), graph().incoming(loose), graph().edges().toString());
        assertEquals(List.of(new Edge(loose, "dense_2")), graph().incoming("dense_2"));
        assertEquals("Insert dense_4 between dense_1 and dense_2", stack().undoDescription().orElseThrow());
        Point2D dropped = new Point2D(graph().node(loose).x(), graph().node(loose).y());
        assertEquals(new Point2D(430, 150), dropped, "let go on top of dense_1 and dense_2, it takes the place after dense_1");
        assertEquals(630, graph().node("dense_2").x(), "and the cards ahead step on");
        assertEquals(dropped, new Point2D(card(loose, robot).getParent().getLayoutX(), card(loose, robot).getParent().getLayoutY()),
                "where the card is drawn");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(List.of(new Edge("dense_1", "dense_2")), graph().incoming("dense_2"), "one undo puts the wire back");
        assertEquals(before, new Point2D(graph().node(loose).x(), graph().node(loose).y()), "and the card where it was");
        assertEquals(430, graph().node("dense_2").x(), "and the row");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(List.of(new Edge(loose, "dense_2")), graph().incoming("dense_2"), "redo puts it in again");
        assertEquals(dropped, new Point2D(graph().node(loose).x(), graph().node(loose).y()));
    }

    @Test
    void whileAWireIsDrawnThePortsThatWouldTakeItLightUpAndTheOthersDim(FxRobot robot) {
        robot.interact(() -> {
            window.editor().addLayerAt("Dense", new Point2D(305, 420));
            window.editor().addLayerAt("Dense", new Point2D(505, 420));
        });
        NodeView from = robot.lookup("#dense_4").queryAs(NodeView.class);
        Pane board = robot.lookup("#canvas").queryAs(Pane.class);
        robot.drag(from.outputPort()).moveTo(board.localToScreen(400, 330));
        assertTrue(accepts("dense_5", robot), "dense_5's input is free for the wire");
        assertTrue(dimmed("dense_1", robot), "dense_1 has its one input already");
        assertTrue(dimmed("dense_4", robot), "and the layer the wire comes from cannot take it");
        robot.drop();
        assertFalse(accepts("dense_5", robot), "the light goes out with the drag");
        assertFalse(dimmed("dense_1", robot));
    }

    private static Circle inputPort(String layer, FxRobot robot) {
        return robot.lookup("#" + layer).queryAs(NodeView.class).inputPort();
    }

    private static boolean accepts(String layer, FxRobot robot) {
        return inputPort(layer, robot).getPseudoClassStates().contains(Styles.ACCEPT);
    }

    private static boolean dimmed(String layer, FxRobot robot) {
        return inputPort(layer, robot).getPseudoClassStates().contains(Styles.DIMMED);
    }

    @Test
    void aRenameInTheWindowIsOneStepThatTheKeyboardUndoesAndRedoes(FxRobot robot) {
        robot.doubleClickOn(robot.lookup("#dense_2").queryAs(NodeView.class).name());
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("hidden").type(KeyCode.ENTER);
        assertEquals(List.of(new Edge("dense_1", "hidden")), graph().incoming("hidden"));
        assertEquals("Rename dense_2 to hidden", stack().undoDescription().orElseThrow());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(List.of(new Edge("dense_1", "dense_2")), graph().incoming("dense_2"), "undo gives the old name back, wires and all");
        assertEquals("dense_2", robot.lookup("#dense_2").queryAs(NodeView.class).name().getText());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertTrue(graph().contains("hidden") && !graph().contains("dense_2"), "redo renames it again");
    }

    @Test
    void escapeInAnInspectorFieldGivesTheKeyboardBackToTheCanvas(FxRobot robot) {
        robot.clickOn(card("dense_1", robot));
        TextField units = robot.lookup("#inspector .text-field").queryAs(TextField.class);
        robot.doubleClickOn(units).write("12");
        robot.type(KeyCode.DELETE);
        assertTrue(graph().contains("dense_1"), "while the field has the keyboard, Delete edits its text");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#canvas").query().isFocused(), "Escape hands the keyboard to the canvas");
        assertEquals("64", String.valueOf(graph().node("dense_1").settings().get("units")), "and drops what was typed");
        robot.type(KeyCode.DELETE);
        assertFalse(graph().contains("dense_1"), "so Delete deletes the selected layer again");
    }

    private Map<String, Point2D> places() {
        return graph().nodes().stream().collect(Collectors.toMap(LayerNode::id, n -> new Point2D(n.x(), n.y())));
    }

    // The top-left corner of what the canvas shows: empty, as the spiral's cards begin further down.
    private static void clickEmptyCanvas(FxRobot robot) {
        robot.clickOn(robot.lookup(".canvas-scroll").queryAs(CanvasView.class).localToScreen(12, 12));
    }

    private static Node card(String layer, FxRobot robot) {
        return robot.lookup("#" + layer).queryAs(NodeView.class).card();
    }

    @Test
    void editHistoryNamesEachStepAndGoesBackOrForwardSeveralAtOnce(FxRobot robot) {
        robot.interact(() -> {
            window.editor().changeSetting("dense_1", "units", 8);
            window.editor().changeSetting("dense_2", "units", 16);
            window.editor().changeSetting("dense_3", "activation", "tanh");
        });
        chooseFromHistory("Set units of dense_1 to 8", robot);
        assertEquals(64, graph().node("dense_1").intSetting("units"), "the step chosen and every later one are undone");
        assertEquals(64, graph().node("dense_2").intSetting("units"));
        assertEquals("linear", graph().node("dense_3").textSetting("activation"));

        chooseFromHistory("Set units of dense_2 to 16", robot);
        assertEquals(16, graph().node("dense_2").intSetting("units"), "redone up to the step chosen");
        assertEquals(8, graph().node("dense_1").intSetting("units"));
        assertEquals("linear", graph().node("dense_3").textSetting("activation"), "and no further");
        assertEquals(List.of("Set activation of dense_3 to tanh"), stack().redoDescriptions());
    }

    @Test
    void withSnapToGridOffAnArrowKeyMovesACardOneUnit(FxRobot robot) {
        robot.clickOn(card("dense_2", robot));
        robot.type(KeyCode.RIGHT);
        assertEquals(440, graph().node("dense_2").x(), "on the grid, an arrow moves a grid step");
        robot.clickOn("View").clickOn("Snap to Grid");
        robot.clickOn(card("dense_2", robot));
        robot.type(KeyCode.RIGHT);
        assertEquals(441, graph().node("dense_2").x(), "off the grid, a unit");
        assertFalse(window.editor().snapToGridProperty().get());
    }

    // Edit > History > step, the pointer moving sideways into the submenu first: across the Edit menu's other items it would close.
    private static void chooseFromHistory(String step, FxRobot robot) {
        robot.clickOn("Edit").clickOn("History");
        Point2D history = robot.point("History").query();
        Node item = robot.lookup(LabeledMatchers.hasText(step)).match((Node n) -> n.getScene() != null && n.getScene().getWindow().isShowing()).query();
        robot.moveTo(new Point2D(item.localToScreen(item.getLayoutBounds()).getCenterX(), history.getY()));
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Graph graph() {
        return window.editor().graph();
    }

    private org.neurocanvas.model.CommandStack stack() {
        return window.editor().session().stack();
    }
}
