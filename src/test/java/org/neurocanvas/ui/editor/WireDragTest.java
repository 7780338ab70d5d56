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
}
