package org.neurocanvas.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;

/**
 * Where things sit on the canvas: card size, the grid, and the hit tests a wire drag needs (the
 * ports' places follow the network's {@link Flow}). Cards have a fixed size so that geometry follows from the model alone.
 */
public final class CanvasGeometry {

    /** Width of a layer card. */
    public static final double CARD_WIDTH = 150;
    /** Height of a layer card, without the problem sentence shown beneath it. */
    public static final double CARD_HEIGHT = 100;
    /** Radius of the round input and output ports. */
    public static final double PORT_RADIUS = 7;
    /** How close to a port a released wire must be to land on it. */
    public static final double PORT_REACH = 18;
    /** Cards snap to this grid when dropped or moved. */
    public static final double GRID = 10;
    /** Distance between a card and the next one placed after it. */
    public static final double STEP_X = 200;
    /** How close to a wire a released wire or layer must be to land on it. */
    public static final double WIRE_REACH = 8;
    /** Room the canvas leaves right of the rightmost card once the cards outgrow the window. */
    public static final double MARGIN_X = 40;
    /** Room the canvas leaves below the lowest card: enough for a problem sentence. */
    public static final double MARGIN_Y = 80;

    private CanvasGeometry() {
    }

    /** A coordinate rounded to the grid, never left of or above the canvas origin. */
    public static double snap(double v) {
        return Math.max(0, Math.round(v / GRID) * GRID);
    }

    /**
     * The box a picture of the network must hold: its cards with their side ports, and its wires, a residual arc or a
     * wire back to the next row reaching past the cards.
     */
    public static Rectangle2D drawn(Graph graph, List<WireCurve> wires) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (LayerNode n : graph.nodes()) {
            minX = Math.min(minX, n.x() - PORT_RADIUS);
            minY = Math.min(minY, n.y());
            maxX = Math.max(maxX, n.x() + CARD_WIDTH + PORT_RADIUS);
            maxY = Math.max(maxY, n.y() + CARD_HEIGHT);
        }
        for (WireCurve c : wires) {
            Rectangle2D reach = c.extent();
            minX = Math.min(minX, reach.getMinX());
            minY = Math.min(minY, reach.getMinY());
            maxX = Math.max(maxX, reach.getMaxX());
            maxY = Math.max(maxY, reach.getMaxY());
        }
        return minX > maxX ? new Rectangle2D(0, 0, 1, 1) : new Rectangle2D(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY));
    }

    /** Whether a point falls on the card of {@code node}. */
    public static boolean onCard(LayerNode node, Point2D p) {
        return p.getX() >= node.x() && p.getX() <= node.x() + CARD_WIDTH
                && p.getY() >= node.y() && p.getY() <= node.y() + CARD_HEIGHT;
    }

    /**
     * The layer whose input a wire released at {@code p} is meant for: the nearest input port
     * within reach, else the card under the point. Layers without an input port are skipped.
     */
    public static Optional<String> inputTargetAt(Graph graph, Point2D p) {
        Flow flow = Flow.of(graph);
        LayerNode best = null;
        double bestDistance = PORT_REACH;
        for (LayerNode node : graph.nodes()) {
            if (node.kind().maxInputs() == 0) {
                continue;
            }
            double d = flow.inputPort(node.x(), node.y()).distance(p);
            if (d <= bestDistance) {
                best = node;
                bestDistance = d;
            }
        }
        if (best != null) {
            return Optional.of(best.id());
        }
        return graph.nodes().stream().filter(n -> n.kind().maxInputs() > 0 && onCard(n, p)).map(LayerNode::id).reduce((a, b) -> b);
    }

    /** The wire nearest to a point, within {@link #WIRE_REACH}, drawn as the canvas draws it. */
    public static Optional<Edge> wireAt(Graph graph, Point2D p) {
        Flow flow = Flow.of(graph);
        Edge best = null;
        double bestDistance = WIRE_REACH;
        for (Edge e : graph.edges()) {
            LayerNode from = graph.node(e.from());
            LayerNode to = graph.node(e.to());
            double d = flow.wire(graph, e, flow.outputPort(from.x(), from.y()), flow.inputPort(to.x(), to.y())).distanceTo(p);
            if (d <= bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first place at or below ({@code x}, {@code y}) where a new card overlaps no other card. */
    public static Point2D freeSpot(Graph graph, double x, double y) {
        return Flow.RIGHT.freeSpot(graph, x, y, Set.of());
    }
}
