package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.ui.DocumentSession;

class MoveDragTest {

    private final DocumentSession session = Projects.spiralMlp();
    private final EditorModel editor = new EditorModel(session, sentence -> { });

    @Test
    void aWholeDragIsOneMoveCommandAndOneUndoStep() {
        long revision = session.stack().revision();
        MoveDrag drag = editor.pressLayer("dense_1", new Point2D(300, 200), false).orElseThrow();
        for (int step = 1; step <= 20; step++) {
            drag.dragTo(new Point2D(300 + 5 * step, 200 + 4 * step));
        }
        assertEquals(260, node("dense_1").x(), "the model does not move during the drag");
        assertEquals(new Point2D(360, 260), drag.position("dense_1"));
        editor.release(drag);

        assertEquals(revision + 1, session.stack().revision());
        assertEquals("Move dense_1", session.stack().undoDescription().orElseThrow());
        assertEquals(360, node("dense_1").x());
        assertEquals(260, node("dense_1").y());
        session.stack().undo();
        assertEquals(260, node("dense_1").x());
        assertEquals(180, node("dense_1").y());
    }

    @Test
    void withSnapToGridOffACardStopsWhereItIsLetGo() {
        editor.snapToGridProperty().set(false);
        MoveDrag drag = editor.pressLayer("dense_1", new Point2D(300, 200), false).orElseThrow();
        drag.dragTo(new Point2D(313, 196));
        editor.release(drag);
        assertEquals(273, node("dense_1").x(), "13 units right, not snapped to 270");
        assertEquals(176, node("dense_1").y());
        editor.snapToGridProperty().set(true);
        drag = editor.pressLayer("dense_1", new Point2D(300, 200), false).orElseThrow();
        drag.dragTo(new Point2D(301, 200));
        editor.release(drag);
        assertEquals(270, node("dense_1").x(), "snapping again, it lands on the grid");
    }

    @Test
    void aClickWithoutMovementRecordsNothing() {
        long revision = session.stack().revision();
        MoveDrag drag = editor.pressLayer("dense_1", new Point2D(300, 200), false).orElseThrow();
        drag.dragTo(new Point2D(302, 201));
        assertFalse(drag.moved(), "a jitter smaller than half a grid step is no move");
        editor.release(drag);
        assertEquals(revision, session.stack().revision());
        assertTrue(editor.selection().contains("dense_1"), "the click still selects");
    }

    @Test
    void cardsSnapToTheGridAndStayOnTheCanvas() {
        MoveDrag drag = editor.pressLayer("input_1", new Point2D(100, 200), false).orElseThrow();
        drag.dragTo(new Point2D(113, 186));
        assertEquals(new Point2D(70, 170), drag.position("input_1"));
        drag.dragTo(new Point2D(-500, -500));
        assertEquals(new Point2D(0, 0), drag.position("input_1"));
    }

    @Test
    void theSelectionMovesTogether() {
        editor.selection().selectLayer("dense_1", false);
        editor.selection().selectLayer("dense_2", true);
        MoveDrag drag = editor.pressLayer("dense_2", new Point2D(500, 200), false).orElseThrow();
        drag.dragTo(new Point2D(500, 300));
        editor.release(drag);
        assertEquals("Move 2 layers", session.stack().undoDescription().orElseThrow());
        assertEquals(280, node("dense_1").y());
        assertEquals(280, node("dense_2").y());
        assertEquals(180, node("dense_3").y());
    }

    @Test
    void pressingAnUnselectedCardSelectsOnlyIt() {
        editor.selection().selectLayer("dense_1", false);
        editor.pressLayer("dense_3", new Point2D(700, 200), false);
        assertEquals(java.util.Set.of("dense_3"), editor.selection().layers());
    }

    @Test
    void nothingMovesWhileTrainingRuns() {
        editor.setLocked(true);
        assertTrue(editor.pressLayer("dense_1", new Point2D(300, 200), false).isEmpty());
        assertTrue(editor.selection().contains("dense_1"), "selecting still works, to look at settings");
    }

    private LayerNode node(String id) {
        return session.project().graph().node(id);
    }

    @Test
    void aLooseLayerLetGoOverAWireGoesIntoItWithTheMoveInOneStep() {
        String loose = editor.addLayerAt("Dense", new Point2D(400, 500)).orElseThrow();
        Point2D start = new Point2D(node(loose).x() + 20, node(loose).y() + 20);
        Point2D onWire = middleOf(new Edge("dense_1", "dense_2"));
        MoveDrag drag = editor.pressLayer(loose, start, false).orElseThrow();
        drag.dragTo(onWire.add(0, 60));
        assertTrue(drag.wireUnderneath().isEmpty(), "below the wire, nothing to go into");
        drag.dragTo(onWire);
        assertEquals(new Edge("dense_1", "dense_2"), drag.wireUnderneath().orElseThrow());
        editor.release(drag);

        assertEquals(List.of(new Edge("dense_1", loose)), session.project().graph().incoming(loose));
        assertEquals(List.of(new Edge(loose, "dense_2")), session.project().graph().incoming("dense_2"));
        assertEquals(new Point2D(460, 180), new Point2D(node(loose).x(), node(loose).y()), "let go on top of its neighbours, it takes the next place");
        assertEquals(660, node("dense_2").x(), "and the row ahead steps on");
        assertEquals("Insert " + loose + " between dense_1 and dense_2", session.stack().undoDescription().orElseThrow());
        session.stack().undo();
        assertEquals(List.of(new Edge("dense_1", "dense_2")), session.project().graph().incoming("dense_2"), "one undo puts the wire back");
        assertEquals(start.subtract(20, 20), new Point2D(node(loose).x(), node(loose).y()), "and the layer where it was");
        assertEquals(460, node("dense_2").x(), "and the row");
    }

    @Test
    void onlyALooseLayerWithAWayInAndOutGoesIntoAWire() {
        Point2D onWire = middleOf(new Edge("dense_1", "dense_2"));
        MoveDrag wired = editor.pressLayer("dense_3", new Point2D(700, 200), false).orElseThrow();
        wired.dragTo(onWire);
        assertTrue(wired.wireUnderneath().isEmpty(), "a wired layer only moves");
        String input = editor.addLayerAt("Input", new Point2D(400, 500)).orElseThrow();
        MoveDrag noWayIn = editor.pressLayer(input, new Point2D(400, 500), false).orElseThrow();
        noWayIn.dragTo(onWire);
        assertTrue(noWayIn.wireUnderneath().isEmpty(), "an Input takes no wire in");
    }

    @Test
    void aLooseLayerWhoseShapesDoNotFitTheWireOnlyMovesAndTheStatusSaysWhy() {
        List<String> said = new ArrayList<>();
        EditorModel speaking = new EditorModel(session, said::add);
        String loose = speaking.addLayerAt("Conv2D", new Point2D(400, 500)).orElseThrow();
        MoveDrag drag = speaking.pressLayer(loose, new Point2D(400, 500), false).orElseThrow();
        drag.dragTo(middleOf(new Edge("dense_1", "dense_2")));
        speaking.release(drag);
        assertTrue(session.project().graph().incoming(loose).isEmpty(), "a Conv2D does not go between two Dense layers");
        assertEquals("Move " + loose, session.stack().undoDescription().orElseThrow(), "it moves all the same");
        assertTrue(said.get(said.size() - 1).contains("between dense_1 and dense_2"), said.toString());
    }

    // A point on the wire as the canvas draws it, halfway between its ends.
    private Point2D middleOf(Edge wire) {
        WireCurve curve = Flow.of(session.project().graph()).wire(session.project().graph(), wire);
        return curve.start().midpoint(curve.end());
    }
}
