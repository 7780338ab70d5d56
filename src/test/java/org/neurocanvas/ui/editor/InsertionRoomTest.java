package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.DeleteElements;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.MoveLayers;
import org.neurocanvas.ui.DocumentSession;

/** Room for a layer put into a wire of the spiral network (x = 60, 260, 460, 660, 860; y = 180, a step of 200 apart). */
class InsertionRoomTest {

    private final DocumentSession session = Projects.spiralMlp();
    private final Graph graph = session.project().graph();

    @Test
    void aCardLetGoWhereNoOtherLiesStaysThere() {
        String loose = between("dense_1", "dense_2", 360, 300);
        assertEquals(Map.of(), InsertionRoom.moves(graph, Flow.RIGHT, loose, "dense_1"));
    }

    @Test
    void aCardDroppedOnTopOfItsNeighboursTakesTheNextPlaceAndTheRowAheadStepsOn() {
        String loose = between("dense_1", "dense_2", 380, 190);
        Map<String, MoveLayers.Move> moves = InsertionRoom.moves(graph, Flow.RIGHT, loose, "dense_1");
        assertEquals(Map.of(
                loose, new MoveLayers.Move(380, 190, 460, 180),
                "dense_2", new MoveLayers.Move(460, 180, 660, 180),
                "dense_3", new MoveLayers.Move(660, 180, 860, 180),
                "output_1", new MoveLayers.Move(860, 180, 1060, 180)), moves, "input_1 and dense_1 stay");
    }

    @Test
    void whenTheNextPlaceIsFreeNothingElseMoves() {
        session.stack().execute(new MoveLayers(Map.of(
                "dense_2", new MoveLayers.Move(460, 180, 660, 180),
                "dense_3", new MoveLayers.Move(660, 180, 860, 180),
                "output_1", new MoveLayers.Move(860, 180, 1060, 180))));
        String loose = between("dense_1", "dense_2", 560, 190);
        assertEquals(Map.of(loose, new MoveLayers.Move(560, 190, 460, 180)), InsertionRoom.moves(graph, Flow.RIGHT, loose, "dense_1"));
    }

    @Test
    void inANetworkThatRunsDownTheColumnBelowStepsDown() {
        // The spiral turned into a column: x = 60, y = 180, 340, 500, 660, 820 (a card and a row gap apart).
        List<String> chain = List.of("input_1", "dense_1", "dense_2", "dense_3", "output_1");
        for (int i = 0; i < chain.size(); i++) {
            LayerNode n = graph.node(chain.get(i));
            session.stack().execute(new MoveLayers(Map.of(n.id(), new MoveLayers.Move(n.x(), n.y(), 60, 180 + 160 * i))));
        }
        String loose = between("dense_1", "dense_2", 70, 400);
        Map<String, MoveLayers.Move> moves = InsertionRoom.moves(graph, Flow.DOWN, loose, "dense_1");
        assertEquals(new MoveLayers.Move(70, 400, 60, 500), moves.get(loose));
        assertEquals(new MoveLayers.Move(60, 500, 60, 660), moves.get("dense_2"));
        assertEquals(new MoveLayers.Move(60, 820, 60, 980), moves.get("output_1"));
        assertEquals(4, moves.size(), "input_1 and dense_1 stay");
    }

    // A loose Dense at (x, y), then wired in place of the wire from -> to.
    private String between(String from, String to, double x, double y) {
        String loose = Projects.looseDense(session, x, y);
        session.stack().execute(new DeleteElements(List.of(), List.of(new Edge(from, to))));
        session.stack().execute(new Connect(from, loose));
        session.stack().execute(new Connect(loose, to));
        return loose;
    }
}
