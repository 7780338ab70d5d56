package org.neurocanvas.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * The shape of a wire: a cubic curve that leaves an output port along the flow (to the right, or
 * downwards) and enters an input port the same way, ending at the base of an arrowhead whose tip touches the input
 * port's rim. A wire that arcs round the cards it skips comes into its port from that side, its arrowhead along its
 * last stretch. A wire from the end of one row to the start of the next (a long network wrapped to fit the view) is
 * three pieces: it turns round the row's end, runs back along the gap between the rows and turns into its port.
 * The canvas and the SVG export draw the same curve.
 *
 * @param points where the curve leaves the output port's rim, then for each cubic piece its two control points and
 *        its end; the last is where the curve meets the arrowhead's base
 * @param tip the arrowhead's tip
 */
public record WireCurve(List<Point2D> points, Point2D tip) {

    /** Length of the arrowhead. */
    public static final double ARROW_LENGTH = 10;
    /** Half the width of the arrowhead's base. */
    public static final double ARROW_HALF_WIDTH = 5;
    private static final double MIN_BEND = 40;
    private static final double BACKWARD_BEND = 70;
    /** How far a skipping wire's arc passes from the edges of the cards it skips, at its middle. */
    private static final double SKIP_CLEARANCE = 25;
    /** How far out a skipping wire's bends lie, for each unit its arc must clear at its middle and near its ends. */
    private static final double SKIP_LIFT = 2.3;
    /** How far along the flow a skipping wire's bends lie from its ends. */
    private static final double SKIP_BEND = 20;
    /** How far past its ends a wire back to the next row reaches out to turn: three quarters of this. */
    private static final double WRAP_BEND = 40;

    public WireCurve {
        points = List.copyOf(points);
        if (points.size() < 4 || (points.size() - 1) % 3 != 0) {
            throw new IllegalArgumentException("A wire is a start and three points a piece, not " + points.size() + " points");
        }
    }

    /** A wire of one cubic piece. */
    WireCurve(Point2D start, Point2D control1, Point2D control2, Point2D end, Point2D tip) {
        this(List.of(start, control1, control2, end), tip);
    }

    /** Where the curve leaves the output port's rim. */
    public Point2D start() {
        return points.get(0);
    }

    /** The first control point: the way the curve leaves its port. */
    public Point2D control1() {
        return points.get(1);
    }

    /** The last control point: the way the curve comes into its arrowhead. */
    public Point2D control2() {
        return points.get(points.size() - 2);
    }

    /** Where the curve meets the arrowhead's base. */
    public Point2D end() {
        return points.get(points.size() - 1);
    }

    /** How many cubic pieces the curve is made of. */
    public int pieces() {
        return (points.size() - 1) / 3;
    }

    /**
     * The curve from the centre of an output port to the centre of an input port: it leaves and enters
     * along the flow, rightwards from a side port or downwards from a bottom one.
     */
    public static WireCurve between(Point2D from, Point2D to, Flow flow) {
        return between(from, to, flow, 0);
    }

    /**
     * As {@link #between(Point2D, Point2D, Flow)}, but a wire that skips a step with its ends level arcs to one side
     * of the line between them, clear of cards lying on it: {@code side} -1 arcs before the flow (above, or left of a
     * column that runs down), 1 after it, 0 not at all.
     */
    public static WireCurve between(Point2D from, Point2D to, Flow flow, int side) {
        return between(from, to, flow, side, 0);
    }

    /**
     * As {@link #between(Point2D, Point2D, Flow, int)}, but a wire back to the next row runs {@code lane} units off the
     * middle of the gap between the rows, towards the row it goes to: one lane for each wire back through that gap.
     */
    public static WireCurve between(Point2D from, Point2D to, Flow flow, int side, double lane) {
        // Downwards, the same curve with x and y swapped: that flow is the rightward one mirrored on the diagonal.
        return flow == Flow.RIGHT ? rightward(from, to, CanvasGeometry.CARD_HEIGHT, side, lane)
                : rightward(flip(from), flip(to), CanvasGeometry.CARD_WIDTH, side, lane).flipped();
    }

    /** Whether a wire between these ports runs back to a row below or above, round the end of its own row. */
    public static boolean wraps(Point2D from, Point2D to, Flow flow) {
        return flow == Flow.RIGHT ? wraps(from, to, CanvasGeometry.CARD_HEIGHT) : wraps(flip(from), flip(to), CanvasGeometry.CARD_WIDTH);
    }

    private static boolean wraps(Point2D from, Point2D to, double across) {
        return to.getX() < from.getX() + 2 * CanvasGeometry.PORT_RADIUS && Math.abs(to.getY() - from.getY()) > across;
    }

    /** Whether a wire between these ports skips a step with its ends level: one that may run behind the cards between. */
    public static boolean skips(Point2D from, Point2D to, Flow flow) {
        return flow == Flow.RIGHT ? skips(from, to, CanvasGeometry.CARD_HEIGHT) : skips(flip(from), flip(to), CanvasGeometry.CARD_WIDTH);
    }

    private static boolean skips(Point2D from, Point2D to, double across) {
        return to.getX() - from.getX() - 2 * CanvasGeometry.PORT_RADIUS > CanvasGeometry.STEP_X && Math.abs(to.getY() - from.getY()) < across;
    }

    /** The curve rightwards between ports halfway across cards {@code across} high. */
    private static WireCurve rightward(Point2D from, Point2D to, double across, int side, double lane) {
        double tipX = to.getX() - CanvasGeometry.PORT_RADIUS;
        double startX = from.getX() + CanvasGeometry.PORT_RADIUS;
        // A wire that runs backwards loops tightly round its ends instead of sweeping across the cards between them.
        double bend = tipX >= startX ? Math.max(MIN_BEND, (tipX - startX) / 2) : BACKWARD_BEND;
        double endX = tipX - ARROW_LENGTH;
        Point2D start = new Point2D(startX, from.getY());
        if (wraps(from, to, across)) {
            return wrapped(start, new Point2D(endX, to.getY()), tipX, lane);
        }
        if (side != 0 && skips(from, to, across)) {
            // An arc turns aside at once, its bends close to its ends and far out, so that it clears even the first
            // and last cards it passes (worked out for skips over up to three cards in a row, five in a column).
            double lift = side * SKIP_LIFT * (across / 2 + SKIP_CLEARANCE);
            Point2D bend2 = new Point2D(endX - SKIP_BEND, to.getY() + lift);
            // It comes into the port from the side it arcs on, its arrowhead along its last stretch.
            Point2D in = to.subtract(bend2).normalize();
            Point2D tip = to.subtract(in.multiply(CanvasGeometry.PORT_RADIUS));
            return new WireCurve(start, new Point2D(startX + SKIP_BEND, from.getY() + lift), bend2,
                    tip.subtract(in.multiply(ARROW_LENGTH)), tip);
        }
        return new WireCurve(start, new Point2D(startX + bend, from.getY()),
                new Point2D(endX - bend, to.getY()), new Point2D(endX, to.getY()), new Point2D(tipX, to.getY()));
    }

    /**
     * Back to a row below or above: round the end of its own row, back along the middle of the gap between the rows
     * (where a wrapped layout leaves room), and round into the port, instead of sweeping across both rows.
     */
    private static WireCurve wrapped(Point2D start, Point2D end, double tipX, double lane) {
        double gap = (start.getY() + end.getY()) / 2 + Math.signum(end.getY() - start.getY()) * lane;
        Point2D turned = new Point2D(start.getX(), gap);
        Point2D back = new Point2D(end.getX(), gap);
        // A card near the board's left edge gets a tighter turn: the board has no room left of 0, and would cut it off.
        double in = Math.min(WRAP_BEND, Math.max(0, end.getX()) * 4 / 3);
        return new WireCurve(List.of(start,
                new Point2D(start.getX() + WRAP_BEND, start.getY()), new Point2D(start.getX() + WRAP_BEND, gap), turned,
                turned.interpolate(back, 1 / 3.0), turned.interpolate(back, 2 / 3.0), back,
                new Point2D(end.getX() - in, gap), new Point2D(end.getX() - in, end.getY()), end),
                new Point2D(tipX, end.getY()));
    }

    /** How many of these cards (top-left corners) the curve runs behind. */
    int crossings(List<Point2D> cards) {
        List<Point2D> traced = traced();
        int crossed = 0;
        for (Point2D card : cards) {
            Rectangle2D box = new Rectangle2D(card.getX(), card.getY(), CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT);
            if (traced.stream().anyMatch(box::contains)) {
                crossed++;
            }
        }
        return crossed;
    }

    private static Point2D flip(Point2D p) {
        return new Point2D(p.getY(), p.getX());
    }

    private WireCurve flipped() {
        return new WireCurve(points.stream().map(WireCurve::flip).toList(), flip(tip));
    }

    /** The smallest box that holds the whole curve and its arrowhead: a cubic piece stays within its four points. */
    public Rectangle2D bounds() {
        List<Point2D> all = new ArrayList<>(points);
        all.add(tip);
        return box(all);
    }

    // A plain loop: culling asks every wire for its bounds on every frame of a pan.
    private static Rectangle2D box(List<Point2D> points) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point2D p : points) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        return new Rectangle2D(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY));
    }

    /** The box the curve and its arrowhead cover, closer than {@link #bounds()}: an arc reaches three quarters of the way to its bends. */
    public Rectangle2D extent() {
        List<Point2D> all = new ArrayList<>(traced());
        double[] corners = arrow();
        for (int i = 0; i < corners.length; i += 2) {
            all.add(new Point2D(corners[i], corners[i + 1]));
        }
        return box(all);
    }

    /** How finely the curve is followed: straight stretches this many to a piece. */
    private static final int STRETCHES = 24;

    /** The shortest distance from a point to the curve or its arrowhead's axis, closely enough to hit-test a wire. */
    public double distanceTo(Point2D p) {
        double best = distanceToPiece(p, end(), tip);
        List<Point2D> traced = traced();
        for (int i = 1; i < traced.size(); i++) {
            best = Math.min(best, distanceToPiece(p, traced.get(i - 1), traced.get(i)));
        }
        return best;
    }

    // Points along the curve from its start to its end, STRETCHES to a piece.
    private List<Point2D> traced() {
        List<Point2D> traced = new ArrayList<>();
        traced.add(start());
        for (int piece = 0; piece < pieces(); piece++) {
            for (int i = 1; i <= STRETCHES; i++) {
                traced.add(at(piece, (double) i / STRETCHES));
            }
        }
        return traced;
    }

    // The point of a cubic piece at t in [0, 1].
    private Point2D at(int piece, double t) {
        Point2D p0 = points.get(3 * piece);
        Point2D p1 = points.get(3 * piece + 1);
        Point2D p2 = points.get(3 * piece + 2);
        Point2D p3 = points.get(3 * piece + 3);
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new Point2D(a * p0.getX() + b * p1.getX() + c * p2.getX() + d * p3.getX(),
                a * p0.getY() + b * p1.getY() + c * p2.getY() + d * p3.getY());
    }

    private static double distanceToPiece(Point2D p, Point2D a, Point2D b) {
        Point2D ab = b.subtract(a);
        double length = ab.dotProduct(ab);
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / length));
        return p.distance(a.add(ab.multiply(t)));
    }

    /** The arrowhead's corners: tip, then the two ends of its base, as x, y pairs. */
    public double[] arrow() {
        // The base runs across the arrow's axis, from end to tip.
        Point2D end = end();
        Point2D axis = tip.subtract(end).normalize();
        Point2D half = new Point2D(-axis.getY(), axis.getX()).multiply(ARROW_HALF_WIDTH);
        return new double[] {tip.getX(), tip.getY(), end.getX() + half.getX(), end.getY() + half.getY(),
            end.getX() - half.getX(), end.getY() - half.getY()};
    }
}
