package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.ui.DocumentSession;

/** Dropping a layer onto a wire of the spiral network (Input → Dense 64 → Dense 64 → Dense 3 → Output). */
class SpliceTest {

    private final DocumentSession session = Projects.spiralMlp();
    private final List<String> status = new ArrayList<>();
    private final EditorModel editor = new EditorModel(session, status::add);
    private final Edge wire = new Edge("dense_1", "dense_2");

    @Test
    void aLayerDroppedOnAWireGoesInBetweenAsOneStep() {
        assertEquals(Optional.of("dropout_1"), editor.spliceInto("Dropout", wire, new Point2D(440, 330)));
        Graph g = session.project().graph();
        assertEquals(List.of(new Edge("dense_1", "dropout_1")), g.incoming("dropout_1"));
        assertEquals(List.of(new Edge("dropout_1", "dense_2")), g.incoming("dense_2"));
        assertEquals(new Point2D(370, 280), new Point2D(g.node("dropout_1").x(), g.node("dropout_1").y()), "centred on the drop");
        assertEquals("Insert dropout_1 between dense_1 and dense_2", session.stack().undoDescription().orElseThrow());
        assertTrue(editor.analysis().isValid());

        List<Edge> before = List.of(new Edge("input_1", "dense_1"), wire, new Edge("dense_2", "dense_3"), new Edge("dense_3", "output_1"));
        session.stack().undo();
        assertEquals(before, g.edges(), "undo restores the wire in its place");
        session.stack().redo();
        assertEquals(List.of(new Edge("dropout_1", "dense_2")), g.incoming("dense_2"));
    }

    @Test
    void aLayerWhoseShapesDoNotFitIsRefusedAndNothingChanges() {
        long revision = session.stack().revision();
        assertEquals(Optional.empty(), editor.spliceInto("Conv2D", wire, new Point2D(440, 330)));
        assertEquals(List.of("A Conv2D between dense_1 and dense_2 does not fit: conv2d_1 expects an image (None, height, width, channels) "
                + "but receives (None, 64): set the Input shape to height x width x channels, or add a Reshape."), status);
        assertEquals(revision, session.stack().revision());
        assertEquals(4, session.project().graph().edges().size());
        assertEquals(5, session.project().graph().nodes().size());
    }

    @Test
    void anInputCannotGoIntoAWire() {
        assertEquals(Optional.empty(), editor.spliceInto("Input", wire, new Point2D(440, 330)));
        assertEquals(List.of("An Input layer cannot go between dense_1 and dense_2: it needs a wire in and a wire out."), status);
    }
}
