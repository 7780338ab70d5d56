package org.neurocanvas.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * The shape of a wire: a cubic curve that leaves an output port along the flow (to the right, or
 * downwards) and enters an input port the same way, ending at the base of an arrowhead whose tip touches the input
 * port's rim. A wire that arcs round the cards it skips comes into its port from that side, its arrowhead along its
 * last stretch. The canvas and the SVG export draw the same curve.
 *
 * @param start where the curve leaves the output port's rim
 * @param control1 the first control point
 * @param control2 the second control point
 * @param end where the curve meets the arrowhead's base
 * @param tip the arrowhead's tip
 */
public record WireCurve(Point2D start, Point2D control1, Point2D control2, Point2D end, Point2D tip) {

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
        // Downwards, the same curve with x and y swapped: that flow is the rightward one mirrored on the diagonal.
        return flow == Flow.RIGHT ? rightward(from, to, CanvasGeometry.CARD_HEIGHT, side)
                : rightward(flip(from), flip(to), CanvasGeometry.CARD_WIDTH, side).flipped();
    }

    /** Whether a wire between these ports skips a step with its ends level: one that may run behind the cards between. */
    public static boolean skips(Point2D from, Point2D to, Flow flow) {
        return flow == Flow.RIGHT ? skips(from, to, CanvasGeometry.CARD_HEIGHT) : skips(flip(from), flip(to), CanvasGeometry.CARD_WIDTH);
    }

    private static boolean skips(Point2D from, Point2D to, double across) {
        return to.getX() - from.getX() - 2 * CanvasGeometry.PORT_RADIUS > CanvasGeometry.STEP_X && Math.abs(to.getY() - from.getY()) < across;
    }

    /** The curve rightwards between ports halfway across cards {@code across} high. */
    private static WireCurve rightward(Point2D from, Point2D to, double across, int side) {
        double tipX = to.getX() - CanvasGeometry.PORT_RADIUS;
        double startX = from.getX() + CanvasGeometry.PORT_RADIUS;
        // A wire that runs backwards loops tightly round its ends instead of sweeping across the cards between them.
        double bend = tipX >= startX ? Math.max(MIN_BEND, (tipX - startX) / 2) : BACKWARD_BEND;
        double endX = tipX - ARROW_LENGTH;
        Point2D start = new Point2D(startX, from.getY());
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

    /** How many of these cards (top-left corners) the curve runs behind. */
    int crossings(List<Point2D> cards) {
        int crossed = 0;
        for (Point2D card : cards) {
            Rectangle2D box = new Rectangle2D(card.getX(), card.getY(), CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT);
            for (int i = 1; i < PIECES; i++) {
                if (box.contains(at((double) i / PIECES))) {
                    crossed++;
                    break;
                }
            }
        }
        return crossed;
    }

    private static Point2D flip(Point2D p) {
        return new Point2D(p.getY(), p.getX());
    }

    private WireCurve flipped() {
        return new WireCurve(flip(start), flip(control1), flip(control2), flip(end), flip(tip));
    }

    /** The smallest box that holds the whole curve and its arrowhead: a cubic curve stays within its four points. */
    public Rectangle2D bounds() {
        double minX = Math.min(Math.min(start.getX(), tip.getX()), Math.min(control1.getX(), control2.getX()));
        double maxX = Math.max(Math.max(start.getX(), tip.getX()), Math.max(control1.getX(), control2.getX()));
        double minY = Math.min(Math.min(start.getY(), tip.getY()), Math.min(control1.getY(), control2.getY()));
        double maxY = Math.max(Math.max(start.getY(), tip.getY()), Math.max(control1.getY(), control2.getY()));
        return new Rectangle2D(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY));
    }

    /** The box the curve and its arrowhead cover, closer than {@link #bounds()}: an arc reaches three quarters of the way to its bends. */
    public Rectangle2D extent() {
        List<Point2D> points = new ArrayList<>();
        for (int i = 0; i <= PIECES; i++) {
            points.add(at((double) i / PIECES));
        }
        double[] corners = arrow();
        for (int i = 0; i < corners.length; i += 2) {
            points.add(new Point2D(corners[i], corners[i + 1]));
        }
        double minX = points.stream().mapToDouble(Point2D::getX).min().orElseThrow();
        double minY = points.stream().mapToDouble(Point2D::getY).min().orElseThrow();
        double maxX = points.stream().mapToDouble(Point2D::getX).max().orElseThrow();
        double maxY = points.stream().mapToDouble(Point2D::getY).max().orElseThrow();
        return new Rectangle2D(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY));
    }

    /** How finely {@link #distanceTo} follows the curve: straight pieces this many to a wire. */
    private static final int PIECES = 24;

    /** The shortest distance from a point to the curve or its arrowhead's axis, closely enough to hit-test a wire. */
    public double distanceTo(Point2D p) {
        double best = distanceToPiece(p, end, tip);
        Point2D previous = start;
        for (int i = 1; i <= PIECES; i++) {
            Point2D next = at((double) i / PIECES);
            best = Math.min(best, distanceToPiece(p, previous, next));
            previous = next;
        }
        return best;
    }

    // The point of the cubic curve at t in [0, 1].
    private Point2D at(double t) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new Point2D(a * start.getX() + b * control1.getX() + c * control2.getX() + d * end.getX(),
                a * start.getY() + b * control1.getY() + c * control2.getY() + d * end.getY());
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
        Point2D axis = tip.subtract(end).normalize();
        Point2D half = new Point2D(-axis.getY(), axis.getX()).multiply(ARROW_HALF_WIDTH);
        return new double[] {tip.getX(), tip.getY(), end.getX() + half.getX(), end.getY() + half.getY(),
            end.getX() - half.getX(), end.getY() - half.getY()};
    }
}
