package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.MoveLayers;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.model.TrainingSpec;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.SampleProjects;

class AutoLayoutTest {

    private final Project project = new Project("branchy", DataSpec.spiral(), TrainingSpec.defaults());
    private final CommandStack stack = new CommandStack(project);

    /**
     * input → a, b; a → c → add; b → d → add; input → concat (a skip); add → concat → output;
     * dropped in a heap where the branches cross: a is below b, but c is above d.
     */
    private DocumentSession branchy() {
        String input = add(Catalog.INPUT, 300, 300);
        String a = add(Catalog.DENSE, 100, 500);
        String b = add(Catalog.DENSE, 120, 40);
        String c = add(Catalog.DENSE, 110, 60);
        String d = add(Catalog.DENSE, 90, 600);
        String merge = add(Catalog.ADD, 20, 20);
        String concat = add(Catalog.CONCATENATE, 40, 400);
        String output = add(Catalog.OUTPUT, 0, 0);
        for (String[] w : new String[][] {{input, a}, {input, b}, {a, c}, {b, d}, {c, merge}, {d, merge}, {input, concat}, {merge, concat}, {concat, output}}) {
            stack.execute(new Connect(w[0], w[1]));
        }
        return new DocumentSession(project, null);
    }

    @Test
    void aBranchyGraphIsLaidOutLeftToRightWithoutOverlapsOrCrossings() {
        DocumentSession session = branchy();
        EditorModel editor = new EditorModel(session, sentence -> { });
        int before = crossings(session.project().graph());
        assertTrue(editor.arrange());
        Graph g = session.project().graph();
        for (Edge e : g.edges()) {
            assertTrue(g.node(e.from()).x() + CanvasGeometry.CARD_WIDTH < g.node(e.to()).x(), e + " points right");
        }
        List<LayerNode> nodes = new ArrayList<>(g.nodes());
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                LayerNode p = nodes.get(i);
                LayerNode q = nodes.get(j);
                boolean overlap = Math.abs(p.x() - q.x()) < CanvasGeometry.CARD_WIDTH && Math.abs(p.y() - q.y()) < CanvasGeometry.CARD_HEIGHT;
                assertFalse(overlap, p + " and " + q + " overlap");
            }
        }
        assertEquals(0, crossings(g));
        assertTrue(before > 0, "the heap had a crossing to remove");
        double inputY = g.node("input_1").y();
        assertTrue(inputY > Math.min(g.node("dense_1").y(), g.node("dense_2").y()) && inputY < Math.max(g.node("dense_1").y(), g.node("dense_2").y()),
                "the input sits between the two branches it feeds");
    }

    @Test
    void arrangingIsOneUndoStepAndASecondArrangeMovesNothing() {
        DocumentSession session = branchy();
        List<String> status = new ArrayList<>();
        EditorModel editor = new EditorModel(session, status::add);
        editor.arrange();
        assertEquals("Arrange 8 layers", session.stack().undoDescription().orElseThrow());
        assertFalse(editor.arrange());
        assertEquals(List.of("The layers are already arranged."), status);
        session.stack().undo();
        assertEquals(300, session.project().graph().node("input_1").x(), "undo puts every card back");
        assertEquals(500, session.project().graph().node("dense_1").y());
    }

    @Test
    void aChainIsAStraightLineEvenBesideALooseLayer() {
        DocumentSession session = Projects.spiralMlp();
        Projects.looseDense(session, 100, 20);
        new EditorModel(session, sentence -> { }).arrange();
        Graph g = session.project().graph();
        for (String id : List.of("dense_1", "dense_2", "dense_3", "output_1")) {
            assertEquals(g.node("input_1").y(), g.node(id).y(), id + " is level with the input");
        }
        assertEquals(g.node("input_1").x(), g.node("dense_4").x(), "the loose layer has no input either, so it shares the first column");
        assertTrue(Math.abs(g.node("dense_4").y() - g.node("input_1").y()) >= CanvasGeometry.CARD_HEIGHT);
    }

    @Test
    void topToBottomEveryWirePointsDownTheBranchesSitSideBySideAndAChainIsAColumn() {
        DocumentSession session = branchy();
        EditorModel editor = new EditorModel(session, sentence -> { });
        assertTrue(editor.arrange(AutoLayout.Direction.TOP_TO_BOTTOM));
        assertEquals("Arrange 8 layers top to bottom", session.stack().undoDescription().orElseThrow());
        Graph g = session.project().graph();
        for (Edge e : g.edges()) {
            assertTrue(g.node(e.from()).y() + CanvasGeometry.CARD_HEIGHT < g.node(e.to()).y(), e + " points down");
        }
        assertEquals(g.node("dense_1").y(), g.node("dense_2").y(), "the two branches side by side");
        assertTrue(Math.abs(g.node("dense_1").x() - g.node("dense_2").x()) >= CanvasGeometry.STEP_X, "a step apart");
        double inputX = g.node("input_1").x();
        assertTrue(inputX > Math.min(g.node("dense_1").x(), g.node("dense_2").x()) && inputX < Math.max(g.node("dense_1").x(), g.node("dense_2").x()),
                "the input sits above and between the two branches it feeds");

        DocumentSession chain = Projects.spiralMlp();
        new EditorModel(chain, sentence -> { }).arrange(AutoLayout.Direction.TOP_TO_BOTTOM);
        Graph c = chain.project().graph();
        for (String id : List.of("dense_1", "dense_2", "dense_3", "output_1")) {
            assertEquals(c.node("input_1").x(), c.node(id).x(), id + " is under the input");
        }
        assertEquals(AutoLayout.ROW_GAP + CanvasGeometry.CARD_HEIGHT, c.node("dense_1").y() - c.node("input_1").y());
    }

    @Test
    void inRowsAResidualConnectionCrossesABreakBetweenRowsRatherThanArcWithinOne() throws Exception {
        // Thirteen ranks, each residual skip arcing over its branch.
        EditorModel editor = inOneRow("transformer-encoder");
        DocumentSession session = editor.session();
        double left = session.project().graph().node("input_1").x();

        // Five ranks a row need three rows. Five, five and three would keep both skips inside a row; four, four and
        // five start a row with each Add, so that both skips turn back to it along the gap.
        assertTrue(editor.arrangeInRows(1100));
        Graph g = session.project().graph();
        List<List<String>> rows = List.of(List.of("input_1", "embedding_1", "positionalencoding_1", "multiheadattention_1"),
                List.of("add_1", "layernorm_1", "dense_1", "dense_2"),
                List.of("add_2", "layernorm_2", "globalaveragepool2d_1", "dense_3", "output_1"));
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                assertEquals(left + i * CanvasGeometry.STEP_X, g.node(row.get(i)).x(), row.get(i) + "'s column");
                assertEquals(g.node(row.get(0)).y(), g.node(row.get(i)).y(), row.get(i) + "'s row");
            }
        }
        List<Point2D> cards = g.nodes().stream().map(n -> new Point2D(n.x(), n.y())).toList();
        wires(g).forEach((e, wire) -> assertEquals(0, wire.crossings(cards), e + " runs behind no card"));
    }

    @Test
    void inRowsALongChainWrapsAtTheViewsEdgeAndItsWiresBackRunBehindNoCard() throws Exception {
        EditorModel editor = inOneRow("keras-cifar-cnn");
        DocumentSession session = editor.session();
        Graph row = session.project().graph();
        double left = row.node("input_1").x();
        double top = row.node("input_1").y();
        assertEquals(1, row.nodes().stream().map(LayerNode::y).distinct().count());

        // A view 1000 units wide holds four cards a row, with room for the wire's turn past the fourth.
        assertTrue(editor.arrangeInRows(1000));
        assertEquals("Arrange 10 layers in rows", session.stack().undoDescription().orElseThrow());
        Graph g = session.project().graph();
        List<String> order = List.of("input_1", "conv2d_1", "maxpool2d_1", "conv2d_2", "maxpool2d_2", "conv2d_3", "flatten_1", "dense_1", "dense_2", "output_1");
        for (int i = 0; i < order.size(); i++) {
            LayerNode n = g.node(order.get(i));
            assertEquals(left + (i % 4) * CanvasGeometry.STEP_X, n.x(), n.id() + "'s column");
            assertEquals(top + (i / 4) * (CanvasGeometry.CARD_HEIGHT + AutoLayout.WRAP_GAP), n.y(), n.id() + "'s row");
        }
        List<Point2D> cards = g.nodes().stream().map(n -> new Point2D(n.x(), n.y())).toList();
        assertEquals(Flow.RIGHT, Flow.of(g));
        wires(g).forEach((e, wire) -> {
            assertEquals(0, wire.crossings(cards), e + " runs behind no card");
            assertTrue(wire.extent().getMaxX() < 1000, e + " stays in the view: " + wire.extent());
        });
        assertFalse(editor.arrangeInRows(1000), "arranged already");
        // The spiral's row moved to the board's left edge, x = 20.
        DocumentSession spiral = Projects.spiralMlp();
        Map<String, MoveLayers.Move> toEdge = new HashMap<>();
        double shift = 20 - spiral.project().graph().node("input_1").x();
        spiral.project().graph().nodes().forEach(n -> toEdge.put(n.id(), new MoveLayers.Move(n.x(), n.y(), n.x() + shift, n.y())));
        spiral.stack().execute(new MoveLayers(toEdge));
        new EditorModel(spiral, sentence -> { }).arrangeInRows(700);
        assertEquals(50, spiral.project().graph().node("input_1").x(), "moved right to leave room for the turn into the second row");
        session.stack().undo();
        assertEquals(1, session.project().graph().nodes().stream().map(LayerNode::y).distinct().count(), "one undo puts the long row back");
    }

    private String add(LayerKind kind, double x, double y) {
        AddLayer add = new AddLayer(project.graph(), kind, x, y, null);
        stack.execute(add);
        return add.layerId();
    }

    // Pairs of wires between the same two columns (longest path from the input) whose ends are in opposite order.
    private static int crossings(Graph g) {
        Map<String, Integer> column = new HashMap<>();
        g.topologicalOrder().forEach(n -> column.put(n.id(), g.incoming(n.id()).stream().mapToInt(e -> column.get(e.from()) + 1).max().orElse(0)));
        int count = 0;
        List<Edge> edges = g.edges();
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                LayerNode a1 = g.node(edges.get(i).from());
                LayerNode a2 = g.node(edges.get(i).to());
                LayerNode b1 = g.node(edges.get(j).from());
                LayerNode b2 = g.node(edges.get(j).to());
                boolean sameColumns = column.get(a1.id()).equals(column.get(b1.id())) && column.get(a2.id()).equals(column.get(b2.id()));
                if (sameColumns && (a1.y() - b1.y()) * (a2.y() - b2.y()) < 0) {
                    count++;
                }
            }
        }
        return count;
    }

    // A sample laid out in one long row first, as Arrange does it.
    private static EditorModel inOneRow(String sample) throws Exception {
        EditorModel editor = new EditorModel(new DocumentSession(ProjectIO.read(
                SampleProjects.FOLDER.resolve(sample + ".json")), null), sentence -> { });
        editor.arrange();
        return editor;
    }

    // Each wire's curve where its cards lie, as the canvas draws it.
    private static Map<Edge, WireCurve> wires(Graph g) {
        Map<Edge, WireCurve> wires = new LinkedHashMap<>();
        g.edges().forEach(e -> wires.put(e, Flow.of(g).wire(g, e)));
        return wires;
    }
}
