package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.MainWindow;
import org.neurocanvas.ui.ProjectTab;
import org.neurocanvas.ui.SpiralWindow;
import org.neurocanvas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The palette and the cards, driven through the real main window on a copy of the spiral sample (Input → Dense → Dense →
 * Dense → Output at x = 30, 230, 430, 630, 830, y = 150; the view shows up to about x = 670 at actual size): palette
 * entries double-clicked with and without a selected layer and hovered for their tooltip, the inspector's "What it
 * does", an invalid card's mark and tooltip, Cut and Paste within the project and Copy and Paste into a second tab, and
 * Arrange in Rows, each undone and redone with the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class PaletteAndCardsWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SpiralWindow.show(stage, 1240, 780);
    }

    @Test
    void doubleClickingAPaletteEntryPutsItsLayerRightAfterTheSelectedOneAndUndoRedoTakeItAwayAndBringItBack(FxRobot robot) {
        Network before = Network.of(graph());
        robot.clickOn(card("dense_1", robot));
        robot.doubleClickOn(tile(Catalog.DROPOUT, robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new Edge("dense_1", "dropout_1")), graph().incoming("dropout_1"), "after dense_1");
        assertEquals(List.of(new Edge("dropout_1", "dense_2")), graph().incoming("dense_2"), "and on into the rest of the chain");
        assertEquals(before.places().get("dense_2"), place("dropout_1"), "where dense_2 stood");
        assertEquals(before.places().get("dense_2").add(CanvasGeometry.STEP_X, 0), place("dense_2"), "which stepped right");
        assertEquals(Set.of("dropout_1"), window.editor().selection().layers(), "the new layer is selected");
        assertTrue(robot.from(canvas()).lookup("#dropout_1").tryQuery().isPresent(), "and drawn");
        Network added = Network.of(graph());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, Network.of(graph()), "undo takes the layer away and puts the wires and cards back exactly");
        assertTrue(robot.from(canvas()).lookup("#dropout_1").tryQuery().isEmpty(), "and its card");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(added, Network.of(graph()), "redo puts it in again");
    }

    @Test
    void doubleClickingAPaletteEntryWithNothingSelectedAddsALooseLayerInTheMiddleOfTheView(FxRobot robot) {
        clickEmptyCanvas(robot);
        assertTrue(window.editor().selection().isEmpty());
        robot.doubleClickOn(tile(Catalog.DROPOUT, robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(graph().contains("dropout_1"), graph().nodes().toString());
        assertTrue(graph().incoming("dropout_1").isEmpty() && graph().outgoing("dropout_1").isEmpty(), "unwired: " + graph().edges());

        LayerNode added = graph().node("dropout_1");
        Rectangle2D shown = canvas().shownArea();
        assertTrue(shown.contains(added.x(), added.y(), CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT),
                "the card " + added.x() + ", " + added.y() + " lies in the view " + shown);
        Point2D middle = new Point2D(shown.getMinX() + shown.getWidth() / 2, shown.getMinY() + shown.getHeight() / 2);
        Point2D cardMiddle = new Point2D(added.x() + CanvasGeometry.CARD_WIDTH / 2, added.y() + CanvasGeometry.CARD_HEIGHT / 2);
        assertEquals(middle.getX(), cardMiddle.getX(), 2 * CanvasGeometry.GRID, "centred across the view");
        // dense_1's card fills the view's middle, so the new one takes the first free place below it, a card and a gap down.
        double below = cardMiddle.getY() - middle.getY();
        assertTrue(below >= 0 && below <= 2 * CanvasGeometry.CARD_HEIGHT, "just below the view's middle " + middle + ": " + cardMiddle);
    }

    @Test
    void hoveringAPaletteEntryShowsTheKindsExplanationAndFormulaInATooltip(FxRobot robot) throws TimeoutException {
        LayerKind dropout = Catalog.DROPOUT;
        Tooltip tip = tooltipOnHover(tile(dropout, robot), dropout.explanation(), robot);
        assertTrue(tip.getText().contains(dropout.formula()), tip.getText());
    }

    @Test
    void aClickedCardShowsWhatItsKindDoesAndItsFormulaInTheInspector(FxRobot robot) {
        robot.clickOn(card("dense_2", robot));
        WaitForAsyncUtils.waitForFxEvents();
        Label heading = robot.from(window.selectedTab().inspector()).lookup("." + Styles.SECTION_TITLE)
                .match((Label l) -> l.getText().equals("What it does")).queryAs(Label.class);
        List<Node> column = heading.getParent().getChildrenUnmodifiable();
        int at = column.indexOf(heading);
        assertEquals(List.of(Catalog.DENSE.explanation(), Catalog.DENSE.formula()), texts(column.subList(at + 1, at + 3)),
                "the heading is followed by the explanation, then the formula");
        assertTrue(column.get(at + 1).getStyleClass().contains(Styles.EXPLANATION));
        assertTrue(column.get(at + 2).getStyleClass().contains(Styles.FORMULA));
    }

    @Test
    void aLayerWithoutInputIsMarkedInvalidAndItsCardSaysWhyBeneathItAndOnHover(FxRobot robot) throws TimeoutException {
        clickEmptyCanvas(robot);
        robot.doubleClickOn(tile(Catalog.DENSE, robot));
        WaitForAsyncUtils.waitForFxEvents();
        NodeView loose = view("dense_4", robot);
        String sentence = "dense_4 has no input: wire a layer's output into it.";
        assertTrue(loose.getPseudoClassStates().contains(Styles.INVALID), "the card is marked invalid");
        assertFalse(view("dense_1", robot).getPseudoClassStates().contains(Styles.INVALID), "a wired one is not");
        Label beneath = robot.from(loose).lookup("." + Styles.CARD_PROBLEM).queryAs(Label.class);
        assertTrue(beneath.isVisible());
        assertEquals(sentence, beneath.getText(), "the sentence is shown beneath the card");

        assertEquals(sentence, tooltipOnHover(loose.card(), sentence, robot).getText(), "and in its tooltip alone");
    }

    @Test
    void onlyTheLayerWhereAProblemStartsSaysItOnTheBoardAndTheLayersAfterItAreMarkedWaiting(FxRobot robot) throws TimeoutException {
        robot.clickOn(card("input_1", robot));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        NodeView root = view("dense_1", robot);
        assertTrue(root.getPseudoClassStates().contains(Styles.INVALID));
        assertTrue(saysOnTheBoard(root, robot), "dense_1 has no input, and says so");
        for (String after : List.of("dense_2", "dense_3")) {
            NodeView waiting = view(after, robot);
            assertTrue(waiting.getPseudoClassStates().contains(NodeView.WAITING), after + " is marked as waiting");
            assertFalse(waiting.getPseudoClassStates().contains(Styles.INVALID), after + " is not red as the cause is");
            assertFalse(saysOnTheBoard(waiting, robot), after + " shows no sentence on the board");
        }
        assertEquals("dense_2 waits for dense_1, which has a problem.",
                tooltipOnHover(card("dense_2", robot), "waits for", robot).getText(), "the sentence is on hover");
    }

    @Test
    void aLongProblemEndsBeforeTheNextArrangedRowAndItsTooltipHasItWhole(FxRobot robot) throws TimeoutException {
        robot.clickOn(card("dense_1", robot));
        robot.push(KeyCode.CONTROL, KeyCode.F).write("conv2d").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String sentence = window.editor().analysis().layer("conv2d_1").problem();
        assertTrue(sentence.length() > 120, "a sentence of six lines or so: " + sentence);
        Label beneath = robot.from(view("conv2d_1", robot)).lookup("." + Styles.CARD_PROBLEM).queryAs(Label.class);
        assertTrue(beneath.getHeight() <= AutoLayout.WRAP_GAP, "it ends before the gap between rows does: " + beneath.getHeight());
        assertTrue(beneath.getHeight() < beneath.prefHeight(beneath.getWidth()), "cut short");
        assertEquals(sentence, tooltipOnHover(card("conv2d_1", robot), "expects", robot).getText());
    }

    @Test
    void ctrlXCutsTwoLayersWithTheirWiresAsOneStepAndCtrlVPastesThemBackWiredAsOneStep(FxRobot robot) {
        Network whole = Network.of(graph());
        // dense_3 reaches past the view's right edge at actual size: Zoom to Fit brings the whole row into view.
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT9);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(card("dense_2", robot));
        robot.press(KeyCode.SHIFT).clickOn(card("dense_3", robot)).release(KeyCode.SHIFT);
        assertEquals(Set.of("dense_2", "dense_3"), window.editor().selection().layers());

        robot.push(KeyCode.CONTROL, KeyCode.X);
        Network cut = Network.of(graph());
        assertEquals(Set.of("input_1", "dense_1", "output_1"), cut.places().keySet(), "both layers are gone");
        assertEquals(List.of(new Edge("input_1", "dense_1")), cut.wires(), "and every wire to or from them");
        assertEquals("Cut 2 layers", stack().undoDescription().orElseThrow());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(whole, Network.of(graph()), "one undo brings both layers back, in their places, with all their wires");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(cut, Network.of(graph()), "redo cuts them again");

        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertPastedPair(cut, graph(), whole.places().get("dense_2"), whole.places().get("dense_3"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(cut, Network.of(graph()), "one undo takes the whole paste away");
    }

    @Test
    void twoWiredLayersCopiedInOneTabPasteWiredIntoANewProjectsTabAndTheFirstStaysAsItWas(FxRobot robot) {
        DocumentSession spiral = window.editor().session();
        Network first = Network.of(graph());
        robot.clickOn(card("dense_1", robot));
        robot.press(KeyCode.SHIFT).clickOn(card("dense_2", robot)).release(KeyCode.SHIFT);
        robot.push(KeyCode.CONTROL, KeyCode.C);

        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.tabs().sessions().size(), "File > New opens a tab of its own");
        assertNotSame(spiral, window.editor().session(), "and selects it");
        clickEmptyCanvas(robot);
        Network fresh = Network.of(graph());
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertPastedPair(fresh, graph(), first.places().get("dense_1"), first.places().get("dense_2"));
        Network pasted = Network.of(graph());
        assertEquals(first, Network.of(spiral.project().graph()), "the first tab's network is untouched by the paste");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(fresh, Network.of(graph()), "one undo in the new tab takes both layers away");
        assertEquals(first, Network.of(spiral.project().graph()), "and nothing in the first tab");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(pasted, Network.of(graph()), "redo pastes them again");
        assertEquals(first, Network.of(spiral.project().graph()));
    }

    @Test
    void arrangeInRowsUndoneAndRedoneGivesExactlyTheArrangedPlacesAgain(FxRobot robot) {
        Network before = Network.of(graph());
        clickEmptyCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        Network arranged = Network.of(graph());
        assertEquals("Arrange 5 layers in rows", stack().undoDescription().orElseThrow());
        assertNotEquals(before.places(), arranged.places());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, Network.of(graph()), "undo puts every card back");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(arranged, Network.of(graph()), "redo gives exactly the arranged places");
        NodeView output = view("output_1", robot);
        assertEquals(arranged.places().get("output_1"), new Point2D(output.getLayoutX(), output.getLayoutY()), "where the card is drawn");
    }

    // Whether a card shows its problem's sentence beneath it.
    private static boolean saysOnTheBoard(NodeView card, FxRobot robot) {
        return robot.from(card).lookup("." + Styles.CARD_PROBLEM).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The layers of a graph by their places, and its wires in their order: what an undo must restore exactly. */
    private record Network(Map<String, Point2D> places, List<Edge> wires) {

        static Network of(Graph graph) {
            return new Network(graph.nodes().stream().collect(Collectors.toMap(LayerNode::id, n -> new Point2D(n.x(), n.y()))),
                    List.copyOf(graph.edges()));
        }
    }

    // A paste of two layers, the first wired into the second: two new layers, each LayerClipboard.OFFSET right of and
    // below the layer it copies, and the wire between them.
    private static void assertPastedPair(Network before, Graph now, Point2D copiedFrom, Point2D copiedTo) {
        Map<Point2D, String> added = now.nodes().stream().filter(n -> !before.places().containsKey(n.id()))
                .collect(Collectors.toMap(n -> new Point2D(n.x(), n.y()), LayerNode::id));
        Point2D from = copiedFrom.add(LayerClipboard.OFFSET, LayerClipboard.OFFSET);
        Point2D to = copiedTo.add(LayerClipboard.OFFSET, LayerClipboard.OFFSET);
        assertEquals(Set.of(from, to), added.keySet(), "two layers pasted: " + added);
        assertEquals(append(before.wires(), new Edge(added.get(from), added.get(to))), now.edges(), "with the wire between them");
    }

    private static List<Edge> append(List<Edge> wires, Edge wire) {
        return Stream.concat(wires.stream(), Stream.of(wire)).toList();
    }

    // Rests the pointer on a node until a tooltip with that text shows, then gives it.
    private static Tooltip tooltipOnHover(Node node, String containing, FxRobot robot) throws TimeoutException {
        robot.moveTo(node);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip(containing, robot).isPresent());
        return shownTooltip(containing, robot).orElseThrow();
    }

    private static Optional<Tooltip> shownTooltip(String containing, FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing()).map(Tooltip.class::cast)
                .filter(t -> t.getText().contains(containing)).findFirst();
    }

    private static List<String> texts(List<Node> labels) {
        return labels.stream().map(n -> ((Label) n).getText()).toList();
    }

    // The top-left corner of what the canvas shows: empty, as the cards begin further down.
    private void clickEmptyCanvas(FxRobot robot) {
        robot.clickOn(canvas().localToScreen(12, 12));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node tile(LayerKind kind, FxRobot robot) {
        return robot.from(tab().palette()).lookup("#" + PaletteView.TILE_ID_PREFIX + kind.id()).query();
    }

    private NodeView view(String layer, FxRobot robot) {
        return robot.from(canvas()).lookup("#" + layer).queryAs(NodeView.class);
    }

    private Node card(String layer, FxRobot robot) {
        return view(layer, robot).card();
    }

    private ProjectTab tab() {
        return window.selectedTab();
    }

    private CanvasView canvas() {
        return tab().canvas();
    }

    private Point2D place(String layer) {
        LayerNode node = graph().node(layer);
        return new Point2D(node.x(), node.y());
    }

    private Graph graph() {
        return window.editor().graph();
    }

    private CommandStack stack() {
        return window.editor().session().stack();
    }
}
