package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.ui.DocumentSession;

/** Rubber band, Select All and arrow-key moves, on the spiral layout (x = 60, 260, ..., 860; y = 180). */
class SelectionGesturesTest {

    private final DocumentSession session = Projects.spiralMlp();
    private final EditorModel editor = new EditorModel(session, sentence -> { });
    private long now = 10_000;

    SelectionGesturesTest() {
        editor.setClock(() -> now);
    }

    @Test
    void theRubberBandSelectsTheCardsItTouchesAsItGrowsAndShrinks() {
        Marquee band = editor.pressEmpty(new Point2D(250, 100), false);
        editor.drag(band, new Point2D(480, 200));
        assertEquals(Set.of("dense_1", "dense_2"), editor.selection().layers());
        editor.drag(band, new Point2D(300, 200));
        assertEquals(Set.of("dense_1"), editor.selection().layers());
        editor.drag(band, new Point2D(255, 120));
        assertEquals(Set.of(), editor.selection().layers(), "a band above the cards touches none");
    }

    @Test
    void withShiftTheBandAddsToTheSelectionAndWithoutItStartsAfresh() {
        editor.selection().selectLayer("output_1", false);
        Marquee band = editor.pressEmpty(new Point2D(0, 0), true);
        editor.drag(band, new Point2D(100, 300));
        assertEquals(Set.of("output_1", "input_1"), editor.selection().layers());
        editor.pressEmpty(new Point2D(0, 0), false);
        assertTrue(editor.selection().isEmpty());
    }

    @Test
    void selectAllSelectsEveryLayer() {
        editor.selectAll();
        assertEquals(Set.of("input_1", "dense_1", "dense_2", "dense_3", "output_1"), editor.selection().layers());
    }

    @Test
    void aBurstOfArrowPressesIsOneUndoStepAndAPauseStartsAnother() {
        editor.selection().selectLayer("dense_1", false);
        editor.selection().selectLayer("dense_2", true);
        editor.nudgeSelection(10, 0);
        now += 300;
        editor.nudgeSelection(10, 0);
        now += 300;
        editor.nudgeSelection(0, -10);
        assertEquals(new Point2D(280, 170), at("dense_1"));
        assertEquals(new Point2D(480, 170), at("dense_2"));
        assertEquals("Move 2 layers", session.stack().undoDescription().orElseThrow());

        now += NudgeLayers.BURST_MILLIS + 1;
        editor.nudgeSelection(0, 50);
        session.stack().undo();
        assertEquals(new Point2D(280, 170), at("dense_1"), "the press after a pause is a step of its own");
        session.stack().undo();
        assertEquals(new Point2D(260, 180), at("dense_1"), "the burst is undone at once");
        session.stack().redo();
        assertEquals(new Point2D(480, 170), at("dense_2"), "and redone at once");
    }

    @Test
    void arrowsStopAtTheCanvasEdgeAndMoveNothingWithoutASelection() {
        long revision = session.stack().revision();
        assertFalse(editor.nudgeSelection(10, 0));
        editor.selection().selectLayer("input_1", false);
        assertTrue(editor.nudgeSelection(-50, 0));
        assertEquals(new Point2D(10, 180), at("input_1"));
        assertTrue(editor.nudgeSelection(-50, 0));
        assertEquals(new Point2D(0, 180), at("input_1"), "stopped at the edge");
        long moved = session.stack().revision();
        assertFalse(editor.nudgeSelection(-10, 0));
        assertEquals(moved, session.stack().revision(), "at the edge nothing moves, and no step is recorded");
        assertTrue(moved > revision);
    }

    private Point2D at(String id) {
        LayerNode n = session.project().graph().node(id);
        return new Point2D(n.x(), n.y());
    }
}
