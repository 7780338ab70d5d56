package org.neurocanvas.ui.editor;

import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;

/**
 * Which way data runs across the canvas, read from where the cards lie: rightwards, with the ports
 * on the cards' sides, or downwards (as View > Arrange Top to Bottom lays a network out), with the
 * input on top and the output at the bottom, so that wires run straight down between the rows.
 */
public enum Flow {
    RIGHT,
    DOWN;

    /**
     * The flow of a network: downwards once at least two wires, and two in three of all, run more
     * down than right; rightwards otherwise. A card moved by hand seldom tips that, so the ports stay put.
     */
    public static Flow of(Graph graph) {
        int down = 0;
        for (Edge e : graph.edges()) {
            LayerNode from = graph.node(e.from());
            LayerNode to = graph.node(e.to());
            if (from != null && to != null && to.y() - from.y() > Math.abs(to.x() - from.x())) {
                down++;
            }
        }
        return down >= 2 && 3 * down >= 2 * graph.edges().size() ? DOWN : RIGHT;
    }

    /** Where the card after one at ({@code x}, {@code y}) goes: a step right, or a row down (as Arrange lays rows out). */
    public Point2D next(double x, double y) {
        return this == RIGHT ? new Point2D(x + CanvasGeometry.STEP_X, y) : new Point2D(x, y + CanvasGeometry.CARD_HEIGHT + AutoLayout.ROW_GAP);
    }

    /**
     * The first place at or after ({@code x}, {@code y}) across the flow (below, in a network that runs right;
     * to the right, in one that runs down) where a new card overlaps no other, leaving out {@code ignored}.
     */
    public Point2D freeSpot(Graph graph, double x, double y, Set<String> ignored) {
        double left = CanvasGeometry.snap(x);
        double top = CanvasGeometry.snap(y);
        while (overlapsAny(graph, left, top, ignored)) {
            if (this == RIGHT) {
                top += CanvasGeometry.CARD_HEIGHT + 4 * CanvasGeometry.GRID;
            } else {
                left += CanvasGeometry.CARD_WIDTH + 4 * CanvasGeometry.GRID;
            }
        }
        return new Point2D(left, top);
    }

    /** Whether a card at ({@code x}, {@code y}) would overlap another, leaving out {@code ignored}. */
    static boolean overlapsAny(Graph graph, double x, double y, Set<String> ignored) {
        return graph.nodes().stream().anyMatch(n -> !ignored.contains(n.id())
                && Math.abs(n.x() - x) < CanvasGeometry.CARD_WIDTH && Math.abs(n.y() - y) < CanvasGeometry.CARD_HEIGHT);
    }

    /** The wire of {@code edge} between its cards where the graph has them: as an export or a sketch draws it. */
    public WireCurve wire(Graph graph, Edge edge) {
        LayerNode from = graph.node(edge.from());
        LayerNode to = graph.node(edge.to());
        return wire(graph, edge, outputPort(from.x(), from.y()), inputPort(to.x(), to.y()));
    }

    /**
     * The wire of {@code edge} between these ports. One that skips a step with its ends level and would run
     * behind other cards arcs to the side of its line where it runs behind the fewest, after the flow (below a
     * row, right of a column) when both are alike, where the board has room to grow: a residual connection
     * shows beside the layers it skips, wherever the branch was drawn.
     */
    public WireCurve wire(Graph graph, Edge edge, Point2D from, Point2D to) {
        if (WireCurve.wraps(from, to, this)) {
            return WireCurve.between(from, to, this, 0, lane(graph, edge, from, to));
        }
        WireCurve straight = WireCurve.between(from, to, this);
        if (!WireCurve.skips(from, to, this)) {
            return straight;
        }
        List<Point2D> others = graph.nodes().stream().filter(n -> !n.id().equals(edge.from()) && !n.id().equals(edge.to()))
                .map(n -> new Point2D(n.x(), n.y())).toList();
        if (straight.crossings(others) == 0) {
            return straight;
        }
        WireCurve before = WireCurve.between(from, to, this, -1);
        WireCurve after = WireCurve.between(from, to, this, 1);
        return before.crossings(others) < after.crossings(others) ? before : after;
    }

    /** How far apart wires back through one gap between rows run, at most: they keep to the middle half of the gap. */
    private static final double LANE_SPACING = 12;

    /**
     * Wires back to the next row through the same gap each run along a lane of their own, so that none hides another
     * (two into one Add would merge into one line): the longer a wire's way back, the nearer its lane lies to the row
     * it goes to, so that it passes beneath where the shorter ones turn into the gap.
     */
    private double lane(Graph graph, Edge edge, Point2D from, Point2D to) {
        double middle = (across(from) + across(to)) / 2;
        double back = along(from) - along(to);
        int lanes = 1;
        int shorter = 0;
        for (Edge other : graph.edges()) {
            LayerNode a = graph.node(other.from());
            LayerNode b = graph.node(other.to());
            if (other.equals(edge) || a == null || b == null) {
                continue;
            }
            Point2D out = outputPort(a.x(), a.y());
            Point2D in = inputPort(b.x(), b.y());
            if (WireCurve.wraps(out, in, this) && Math.abs((across(out) + across(in)) / 2 - middle) < cardAcross() / 2) {
                lanes++;
                double otherBack = along(out) - along(in);
                if (otherBack < back || otherBack == back && other.toString().compareTo(edge.toString()) < 0) {
                    shorter++;
                }
            }
        }
        if (lanes == 1) {
            return 0;
        }
        double gapWidth = Math.abs(across(to) - across(from)) - cardAcross();
        return (shorter - (lanes - 1) / 2.0) * Math.max(0, Math.min(LANE_SPACING, gapWidth / 2 / (lanes - 1)));
    }

    // Along the flow and across it: x and y in a network that runs right, y and x in one that runs down.
    private double along(Point2D p) {
        return this == RIGHT ? p.getX() : p.getY();
    }

    private double across(Point2D p) {
        return this == RIGHT ? p.getY() : p.getX();
    }

    private double cardAcross() {
        return this == RIGHT ? CanvasGeometry.CARD_HEIGHT : CanvasGeometry.CARD_WIDTH;
    }

    /** Centre of the input port of a card whose top-left corner is ({@code x}, {@code y}). */
    public Point2D inputPort(double x, double y) {
        return this == RIGHT ? new Point2D(x, y + CanvasGeometry.CARD_HEIGHT / 2) : new Point2D(x + CanvasGeometry.CARD_WIDTH / 2, y);
    }

    /** Centre of the output port of a card whose top-left corner is ({@code x}, {@code y}). */
    public Point2D outputPort(double x, double y) {
        return this == RIGHT ? new Point2D(x + CanvasGeometry.CARD_WIDTH, y + CanvasGeometry.CARD_HEIGHT / 2)
                : new Point2D(x + CanvasGeometry.CARD_WIDTH / 2, y + CanvasGeometry.CARD_HEIGHT);
    }
}
