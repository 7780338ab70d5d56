package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.MoveLayers;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.SampleProjects;

/** The way a network runs on the canvas, read from its layout, and the ports and wires that follow it. */
class FlowTest {

    @Test
    void aNetworkLaidOutLeftToRightRunsRightAndTopToBottomRunsDown() {
        DocumentSession session = Projects.spiralMlp();
        assertEquals(Flow.RIGHT, Flow.of(session.project().graph()));
        session.stack().execute(AutoLayout.command(session.project().graph(), AutoLayout.Direction.TOP_TO_BOTTOM).orElseThrow());
        assertEquals(Flow.DOWN, Flow.of(session.project().graph()), "Arrange Top to Bottom");
        session.stack().undo();
        assertEquals(Flow.RIGHT, Flow.of(session.project().graph()), "undone, the network runs right again");
    }

    @Test
    void oneCardMovedBelowItsNeighbourDoesNotTurnTheFlow() {
        DocumentSession session = Projects.spiralMlp();
        var dense2 = session.project().graph().node("dense_2");
        var dense1 = session.project().graph().node("dense_1");
        // dense_2 straight below dense_1: one wire of four now runs down.
        session.stack().execute(new MoveLayers(java.util.Map.of("dense_2", new MoveLayers.Move(dense2.x(), dense2.y(), dense1.x(), dense1.y() + 200))));
        assertEquals(Flow.RIGHT, Flow.of(session.project().graph()));
    }

    @Test
    void portsSitOnTheSidesOrOnTopAndBottom() {
        assertEquals(new Point2D(100, 250), Flow.RIGHT.inputPort(100, 200));
        assertEquals(new Point2D(100 + CanvasGeometry.CARD_WIDTH, 250), Flow.RIGHT.outputPort(100, 200));
        assertEquals(new Point2D(100 + CanvasGeometry.CARD_WIDTH / 2, 200), Flow.DOWN.inputPort(100, 200));
        assertEquals(new Point2D(100 + CanvasGeometry.CARD_WIDTH / 2, 200 + CanvasGeometry.CARD_HEIGHT), Flow.DOWN.outputPort(100, 200));
    }

    @Test
    void aResidualWireArcsAwayFromTheBranchItSkips() throws Exception {
        // Arranged left to right, every rank of resnet-block is one card in one row: the skip arcs under them, where
        // the board has room (above a row at its top edge, an arc would be cut off)...
        DocumentSession row = new DocumentSession(sample("resnet-block"), null);
        row.stack().execute(AutoLayout.command(row.project().graph(), AutoLayout.Direction.LEFT_TO_RIGHT).orElseThrow());
        assertEquals(1, side(row.project(), new Edge("conv2d_1", "add_1")), "below the row");
        // ...or over them, when a card stands below.
        LayerNode middle = row.project().graph().node("batchnorm_1");
        Projects.looseDense(row, middle.x(), middle.y() + CanvasGeometry.CARD_HEIGHT);
        assertEquals(-1, side(row.project(), new Edge("conv2d_1", "add_1")), "above the row, away from the card below it");

        // With the branch drawn below the line, nothing is in the way, and the wire runs straight.
        DocumentSession lowered = new DocumentSession(sample("resnet-block"), null);
        lowered.stack().execute(AutoLayout.command(lowered.project().graph(), AutoLayout.Direction.LEFT_TO_RIGHT).orElseThrow());
        Map<String, MoveLayers.Move> down = new HashMap<>();
        for (String id : List.of("conv2d_2", "batchnorm_1", "conv2d_3")) {
            LayerNode n = lowered.project().graph().node(id);
            down.put(id, new MoveLayers.Move(n.x(), n.y(), n.x(), n.y() + 80));
        }
        lowered.stack().execute(new MoveLayers(down));
        assertEquals(0, side(lowered.project(), new Edge("conv2d_1", "add_1")));

        // Arranged top to bottom, every rank of resnet-block is one card in one column.
        DocumentSession resnet = new DocumentSession(sample("resnet-block"), null);
        resnet.stack().execute(AutoLayout.command(resnet.project().graph(), AutoLayout.Direction.TOP_TO_BOTTOM).orElseThrow());
        Graph column = resnet.project().graph();
        assertEquals(Flow.DOWN, Flow.of(column));
        WireCurve skip = wire(column, new Edge("conv2d_1", "add_1"));
        List<Point2D> skipped = Stream.of("conv2d_2", "batchnorm_1", "conv2d_3").map(column::node).map(n -> new Point2D(n.x(), n.y())).toList();
        assertEquals(0, skip.crossings(skipped), "beside the column, not behind its cards: " + skip);
        assertTrue(skip.bounds().getMaxX() > column.node("batchnorm_1").x() + CanvasGeometry.CARD_WIDTH, "right of it: " + skip.bounds());
        assertEquals(column.node("conv2d_1").x() + CanvasGeometry.CARD_WIDTH / 2, wire(column, new Edge("conv2d_1", "conv2d_2")).bounds().getMinX(), 1,
                "a wire to the next card runs straight");
    }

    @Test
    void anArcComesIntoItsPortAlongItsLastStretchWithItsOwnArrowhead() {
        Point2D port = new Point2D(700, 250);
        WireCurve arc = WireCurve.between(new Point2D(100, 250), port, Flow.RIGHT, 1);
        WireCurve straight = WireCurve.between(new Point2D(550, 250), port, Flow.RIGHT);
        Point2D axis = arc.tip().subtract(arc.end()).normalize();
        Point2D lastStretch = arc.end().subtract(arc.control2()).normalize();
        assertEquals(1, axis.dotProduct(lastStretch), 1e-9, "the arrowhead points the way the curve ends, not along the flow");
        assertTrue(axis.getY() < -0.5 && axis.getX() > 0, "up and right, from the arc below into the port: " + axis);
        assertEquals(CanvasGeometry.PORT_RADIUS, arc.tip().distance(port), 1e-9, "its tip touches the port's rim");
        assertTrue(arc.tip().distance(straight.tip()) > WireCurve.ARROW_HALF_WIDTH, "apart from the straight wire's arrowhead");
        double[] corners = arc.arrow();
        Point2D base = new Point2D(corners[2], corners[3]).midpoint(corners[4], corners[5]);
        assertEquals(arc.end(), base, "the base is centred on the curve's end");
        assertEquals(0, new Point2D(corners[2], corners[3]).subtract(corners[4], corners[5]).dotProduct(axis), 1e-9, "and across the axis");
    }

    @Test
    void aWireFromTheEndOfOneRowToTheStartOfTheNextTurnsAlongTheGapBetweenThem() {
        // A network too long for one row, wrapped into two rows of five, as the samples are laid out.
        List<Point2D> cards = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cards.add(new Point2D(60 + 190 * (i % 5), 40 + 190 * (i / 5)));
        }
        Point2D out = Flow.RIGHT.outputPort(cards.get(4).getX(), cards.get(4).getY());
        Point2D in = Flow.RIGHT.inputPort(cards.get(5).getX(), cards.get(5).getY());
        WireCurve wrap = WireCurve.between(out, in, Flow.RIGHT);
        assertEquals(0, wrap.crossings(cards), "behind no card of either row: " + wrap);
        assertEquals(out.getY(), wrap.control1().getY(), "it leaves its port along the flow");
        assertTrue(wrap.control1().getX() > wrap.start().getX());
        assertArrayEquals(new double[] {1, 0}, new double[] {wrap.tip().subtract(wrap.end()).normalize().getX(),
            wrap.tip().subtract(wrap.end()).normalize().getY()}, 1e-9, "and comes into the next row's first card from the left");
        assertEquals(out.getY(), wrap.bounds().getMinY(), 1e-9, "no higher than the row it leaves");
        assertEquals(in.getY(), wrap.bounds().getMaxY(), 1e-9, "no lower than the row it reaches");
        assertTrue(wrap.distanceTo(new Point2D(500, (out.getY() + in.getY()) / 2)) < 1, "it runs back along the middle of the gap");

        // Into a card at the board's left edge, the turn tightens rather than pass the edge, where it would be cut off.
        Point2D edge = Flow.RIGHT.inputPort(30, cards.get(5).getY());
        assertTrue(WireCurve.between(out, edge, Flow.RIGHT).extent().getMinX() >= 0, WireCurve.between(out, edge, Flow.RIGHT).extent().toString());

        // Wrapped columns of a network that runs down: the same, mirrored on the diagonal.
        List<Point2D> columns = cards.stream().map(c -> new Point2D(c.getY(), c.getX())).toList();
        WireCurve down = WireCurve.between(Flow.DOWN.outputPort(columns.get(4).getX(), columns.get(4).getY()),
                Flow.DOWN.inputPort(columns.get(5).getX(), columns.get(5).getY()), Flow.DOWN);
        assertEquals(0, down.crossings(columns), "behind no card of either column: " + down);
    }

    @Test
    void twoWiresBackIntoOneCardRunAlongLanesOfTheirOwnTheLongerNearerItsRow() throws Exception {
        // resnet-block in two rows: the skip from conv2d_1 and the branch's end, conv2d_3, both go back to add_1.
        Graph graph = sample("resnet-block").graph();
        WireCurve skip = wire(graph, new Edge("conv2d_1", "add_1"));
        WireCurve branch = wire(graph, new Edge("conv2d_3", "add_1"));
        double rowBottom = graph.node("conv2d_1").y() + CanvasGeometry.CARD_HEIGHT;
        double nextRow = graph.node("add_1").y();
        double skipLane = skip.points().get(3).getY();
        double branchLane = branch.points().get(3).getY();
        assertTrue(branchLane - skipLane >= 10, "the way back from the row's end is nearer the next row: " + skipLane + ", " + branchLane);
        assertEquals((rowBottom + nextRow) / 2, (skipLane + branchLane) / 2, 1e-9, "the lanes share the gap's middle");
        List<Point2D> cards = graph.nodes().stream().map(n -> new Point2D(n.x(), n.y())).toList();
        for (WireCurve c : List.of(skip, branch)) {
            assertEquals(0, c.crossings(cards), "behind no card: " + c);
            assertTrue(c.bounds().getMinY() < rowBottom && c.points().get(3).getY() > rowBottom + 10
                    && c.points().get(3).getY() < nextRow - 10, "along the gap, clear of both rows: " + c);
        }
        // Mirrored on the diagonal, in columns that run down, the lanes lie side by side in the gap between the columns,
        // though it is only 40 units wide there.
        DocumentSession mirrored = new DocumentSession(sample("resnet-block"), null);
        Map<String, MoveLayers.Move> swap = new HashMap<>();
        mirrored.project().graph().nodes().forEach(n -> swap.put(n.id(), new MoveLayers.Move(n.x(), n.y(), n.y(), n.x())));
        mirrored.stack().execute(new MoveLayers(swap));
        Graph columns = mirrored.project().graph();
        assertEquals(Flow.DOWN, Flow.of(columns));
        double skipColumn = wire(columns, new Edge("conv2d_1", "add_1")).points().get(3).getX();
        double branchColumn = wire(columns, new Edge("conv2d_3", "add_1")).points().get(3).getX();
        assertEquals(branchLane - skipLane, branchColumn - skipColumn, 1e-9, "the same lanes, across the flow");
        List<Point2D> mirroredCards = columns.nodes().stream().map(n -> new Point2D(n.x(), n.y())).toList();
        assertEquals(0, wire(columns, new Edge("conv2d_1", "add_1")).crossings(mirroredCards));
        assertEquals(0, wire(columns, new Edge("conv2d_3", "add_1")).crossings(mirroredCards));

        // A wire back alone in its gap keeps to the middle.
        assertEquals((rowBottom + nextRow) / 2, wire(sample("keras-cifar-cnn").graph(), new Edge("maxpool2d_2", "conv2d_3")).points().get(3).getY(), 1e-9);
    }

    @Test
    void noWireOfASampleRunsBehindACard() throws Exception {
        List<String> hidden = new ArrayList<>();
        for (Path file : SampleProjects.in(SampleProjects.FOLDER)) {
            Graph graph = ProjectIO.read(file).graph();
            for (Edge edge : graph.edges()) {
                List<Point2D> others = graph.nodes().stream().filter(n -> !n.id().equals(edge.from()) && !n.id().equals(edge.to()))
                        .map(n -> new Point2D(n.x(), n.y())).toList();
                if (wire(graph, edge).crossings(others) > 0) {
                    hidden.add(SampleProjects.name(file) + ": " + edge);
                }
            }
        }
        assertEquals(List.of(), hidden);
    }

    // -1 when the wire arcs before the flow (above), 1 after it (below), 0 when it runs straight.
    private static int side(Project project, Edge edge) {
        Graph graph = project.graph();
        WireCurve curve = wire(graph, edge);
        double level = Flow.of(graph).outputPort(graph.node(edge.from()).x(), graph.node(edge.from()).y()).getY();
        Rectangle2D box = curve.bounds();
        return box.getMinY() < level - CanvasGeometry.CARD_HEIGHT / 2 ? -1 : box.getMaxY() > level + CanvasGeometry.CARD_HEIGHT / 2 ? 1 : 0;
    }

    private static WireCurve wire(Graph graph, Edge edge) {
        return Flow.of(graph).wire(graph, edge);
    }

    private static Project sample(String name) throws Exception {
        return ProjectIO.read(SampleProjects.FOLDER.resolve(name + ".json"));
    }

    @Test
    void aDownwardWireLeavesDownwardsAndItsArrowPointsDown() {
        Point2D out = new Point2D(175, 100);
        Point2D in = new Point2D(175, 260);
        WireCurve wire = WireCurve.between(out, in, Flow.DOWN);
        assertEquals(new Point2D(175, 100 + CanvasGeometry.PORT_RADIUS), wire.start(), "leaves the port's rim below it");
        assertEquals(175, wire.control1().getX(), "straight down out of the port");
        assertTrue(wire.control1().getY() > wire.start().getY());
        assertEquals(new Point2D(175, 260 - CanvasGeometry.PORT_RADIUS), wire.tip(), "the tip touches the input port's rim above it");
        double base = wire.tip().getY() - WireCurve.ARROW_LENGTH;
        assertArrayEquals(new double[] {175, wire.tip().getY(), 175 - WireCurve.ARROW_HALF_WIDTH, base, 175 + WireCurve.ARROW_HALF_WIDTH, base},
                wire.arrow(), 1e-9, "the arrowhead's base runs across the wire");
        // The rightward wire is the same curve mirrored on the diagonal.
        WireCurve right = WireCurve.between(new Point2D(100, 175), new Point2D(260, 175), Flow.RIGHT);
        assertEquals(new Point2D(wire.control2().getY(), wire.control2().getX()), right.control2());
    }
}
