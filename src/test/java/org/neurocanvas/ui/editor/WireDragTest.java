package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Edge;
import org.neurocanvas.ui.DocumentSession;

class WireDragTest {

    private final DocumentSession session = Projects.spiralMlp();
    private final List<String> status = new ArrayList<>();
    private final EditorModel editor = new EditorModel(session, status::add);
    private final String loose = Projects.looseDense(session, 460, 400);

    @Test
    void anInputThatAcceptsTheWireSnapsItsEndAndConnectsOnRelease() {
        WireDrag drag = editor.pressOutputPort("dense_2").orElseThrow();
        assertEquals(new Point2D(610, 230), drag.start(), "the wire leaves the output port, right middle of the card");
        drag.dragTo(session.project().graph(), new Point2D(466, 445));
        assertEquals(Optional.of(loose), drag.target());
        assertTrue(drag.accepted());
        assertEquals(new Point2D(460, 450), drag.end(), "the loose end snaps to the input port");
        long revision = session.stack().revision();
        editor.release(drag);
        assertTrue(session.project().graph().edges().contains(new Edge("dense_2", loose)));
        assertEquals(revision + 1, session.stack().revision());
    }

    @Test
    void aFullInputRefusesWithTheGraphsSentence() {
        WireDrag drag = editor.pressOutputPort(loose).orElseThrow();
        drag.dragTo(session.project().graph(), new Point2D(862, 228));
        assertEquals(Optional.of("output_1"), drag.target());
        assertFalse(drag.accepted());
        String sentence = "output_1 takes 1 input and already has 1: remove its wire first.";
        assertEquals(Optional.of(sentence), drag.refusal());
        long revision = session.stack().revision();
        editor.release(drag);
        assertEquals(revision, session.stack().revision());
        assertEquals(List.of(sentence), status);
    }

    @Test
    void theCardBodyCountsAsItsInput() {
        WireDrag drag = editor.pressOutputPort("dense_1").orElseThrow();
        drag.dragTo(session.project().graph(), new Point2D(560, 480));
        assertEquals(Optional.of(loose), drag.target());
    }

    @Test
    void anInputLayerIsNoTarget() {
        WireDrag drag = editor.pressOutputPort(loose).orElseThrow();
        drag.dragTo(session.project().graph(), new Point2D(62, 230));
        assertEquals(Optional.empty(), drag.target());
        assertEquals(new Point2D(62, 230), drag.end(), "away from inputs the end follows the pointer");
    }

    @Test
    void releasingInEmptySpaceOnlyGivesAHint() {
        WireDrag drag = editor.pressOutputPort("dense_1").orElseThrow();
        drag.dragTo(session.project().graph(), new Point2D(300, 600));
        long revision = session.stack().revision();
        editor.release(drag);
        assertEquals(revision, session.stack().revision());
        assertEquals(1, status.size());
        assertTrue(status.get(0).startsWith("Drop the wire on the input port"));
    }

    @Test
    void noWireIsDrawnWhileTrainingRuns() {
        editor.setLocked(true);
        assertTrue(editor.pressOutputPort("dense_1").isEmpty());
        assertEquals(List.of(EditorModel.LOCKED), status);
    }

    @Test
    void theInputsThatWouldTakeTheWireAreKnownBeforeItIsDropped() {
        WireDrag drag = editor.pressOutputPort("dense_2").orElseThrow();
        assertEquals(java.util.Set.of(loose), drag.accepting(session.project().graph()),
                "the others are full, upstream (a cycle), an Input, or dense_2 itself");
    }

    @Test
    void aWireFromALooseLayerDroppedOnAWireInsertsTheLayerAsOneStep() {
        // dense_1 → dense_2 runs from x = 417 to 453 at y = 230.
        WireDrag drag = editor.pressOutputPort(loose).orElseThrow();
        drag.dragTo(session.project().graph(), new Point2D(432, 233));
        assertEquals(Optional.empty(), drag.target());
        assertEquals(Optional.of(new Edge("dense_1", "dense_2")), drag.wire());
        assertTrue(drag.accepted());
        editor.release(drag);
        var g = session.project().graph();
        assertEquals(List.of(new Edge("dense_1", loose)), g.incoming(loose));
        assertEquals(List.of(new Edge(loose, "dense_2")), g.incoming("dense_2"));
        assertEquals("Insert " + loose + " between dense_1 and dense_2", session.stack().undoDescription().orElseThrow());
        session.stack().undo();
        assertEquals(List.of(new Edge("dense_1", "dense_2")), g.incoming("dense_2"));
        assertTrue(g.incoming(loose).isEmpty());
    }

    @Test
    void aLayerThatIsWiredInAlreadyIsNotInsertedAndAFarPointIsNoWire() {
        WireDrag drag = editor.pressOutputPort("dense_3").orElseThrow();
        drag.dragTo(session.project().graph(), new Point2D(432, 250));
        assertEquals(Optional.empty(), drag.wire(), "20 pixels off the wire is not on it");
        drag.dragTo(session.project().graph(), new Point2D(432, 230));
        assertFalse(drag.accepted());
        long revision = session.stack().revision();
        editor.release(drag);
        assertEquals(revision, session.stack().revision());
        assertEquals(List.of("dense_3 cannot go between dense_1 and dense_2: it already has an input. "
                + "Drop the wire on a wire only from a layer that is not wired in yet."), status);
    }

    @Test
    void anInsertionWhoseShapesDoNotFitIsRefusedWithTheLayersSentence() {
        editor.changeSetting(loose, "units", 5);
        WireDrag drag = editor.pressOutputPort(loose).orElseThrow();
        // dense_3 → output_1 (x = 817 to 853): 5 scores do not fit the 3 classes of the spiral.
        drag.dragTo(session.project().graph(), new Point2D(835, 230));
        long revision = session.stack().revision();
        editor.release(drag);
        assertEquals(revision, session.stack().revision(), status.toString());
        assertTrue(status.get(0).startsWith(loose + " between dense_3 and output_1 does not fit: "), status.toString());
        assertEquals(List.of(new Edge("dense_3", "output_1")), session.project().graph().incoming("output_1"));
    }
}
