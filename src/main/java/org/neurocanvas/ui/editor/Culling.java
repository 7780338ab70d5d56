package org.neurocanvas.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * Which cards and wires of a large network are on the board: those near the part of it in view.
 * JavaFX visits every node of a scene on every frame, drawn or not (their bounds, then the render
 * tree), so a 300-layer network, twenty nodes a card, cost each frame of a pan 30 ms here while
 * some forty cards showed. The others wait outside the scene until the view comes near.
 */
final class Culling {

    /**
     * How far beyond the view cards are kept, in board units: two steps of a chain. A pan needs new
     * cards only once it leaves what was kept, so most of its frames style none.
     */
    static final double MARGIN = 2 * CanvasGeometry.STEP_X;
    /** Room below a card for its problem sentence, and around it for its ports. */
    private static final double BELOW = CanvasGeometry.MARGIN_Y;

    private final Rectangle2D view;
    private final Rectangle2D near;

    private Culling(Rectangle2D view) {
        this.view = view;
        this.near = new Rectangle2D(view.getMinX() - MARGIN, view.getMinY() - MARGIN,
                view.getWidth() + 2 * MARGIN, view.getHeight() + 2 * MARGIN);
    }

    /** The culling for this part of the board in view, in board coordinates. */
    static Culling around(Rectangle2D view) {
        return new Culling(view);
    }

    /** Whether every card that shows in {@code shown} is among those kept. */
    boolean covers(Rectangle2D shown) {
        return near.contains(shown);
    }

    /** How far the card whose top-left corner is ({@code x}, {@code y}) lies outside the view; 0 when it shows. */
    double cardDistance(double x, double y) {
        return distance(card(x, y));
    }

    /** How far a wire lies outside the view; 0 when it crosses it. */
    double wireDistance(WireCurve wire) {
        return distance(wire.bounds());
    }

    private double distance(Rectangle2D box) {
        double dx = Math.max(0, Math.max(view.getMinX() - box.getMaxX(), box.getMinX() - view.getMaxX()));
        double dy = Math.max(0, Math.max(view.getMinY() - box.getMaxY(), box.getMinY() - view.getMaxY()));
        return Math.hypot(dx, dy);
    }

    // A card with its ports, and room below it for its problem sentence.
    private static Rectangle2D card(double x, double y) {
        return new Rectangle2D(x - CanvasGeometry.PORT_RADIUS, y, CanvasGeometry.CARD_WIDTH + 2 * CanvasGeometry.PORT_RADIUS,
                CanvasGeometry.CARD_HEIGHT + BELOW);
    }

    /** Whether the card whose top-left corner is ({@code x}, {@code y}) belongs on the board. */
    boolean keepsCard(double x, double y) {
        return near.intersects(card(x, y));
    }

    /** Whether a wire belongs on the board. */
    boolean keepsWire(WireCurve wire) {
        return near.intersects(wire.bounds());
    }

    /**
     * Makes {@code layer} hold {@code wanted}, moving only the nodes that come or go: a node taken out
     * and put back is styled again and loses its hover. A node that comes into the view itself comes
     * at once; of those for the margin, only the {@code budget} nearest the view come in this frame,
     * since each is styled and drawn into its picture as it comes, and a band of twenty at once cost
     * a pan or a zoom here 100 ms. New nodes are styled at once, so a frame never shows them bare.
     * The order of the nodes kept is left as it is.
     *
     * @param distance how far a node lies outside the view, in board units; 0 when it shows
     * @return those still waiting, nearest first, for {@link #bring} in the next frames
     */
    static <N extends Node> Deque<N> show(Group layer, List<N> wanted, ToDoubleFunction<? super N> distance, int budget) {
        Deque<N> waiting = new ArrayDeque<>();
        if (layer.getChildren().equals(wanted)) {
            return waiting;
        }
        Set<Node> keep = new HashSet<>(wanted);
        layer.getChildren().removeIf(n -> !keep.contains(n));
        Set<Node> present = new HashSet<>(layer.getChildren());
        List<N> coming = new ArrayList<>();
        List<N> margin = new ArrayList<>();
        for (N n : wanted) {
            if (!present.contains(n)) {
                (distance.applyAsDouble(n) == 0 ? coming : margin).add(n);
            }
        }
        margin.sort(Comparator.comparingDouble(distance));
        waiting.addAll(margin);
        layer.getChildren().addAll(coming);
        coming.forEach(Node::applyCss);
        bring(layer, waiting, budget);
        return waiting;
    }

    /**
     * Puts the first {@code budget} of {@code waiting} on {@code layer}, styled, and takes them off
     * the queue. They go below the others: they lie outside the view, and a card dragged out to
     * meet them stays on top.
     */
    static void bring(Group layer, Deque<? extends Node> waiting, int budget) {
        List<Node> coming = new ArrayList<>();
        while (coming.size() < budget && !waiting.isEmpty()) {
            coming.add(waiting.poll());
        }
        layer.getChildren().addAll(0, coming);
        coming.forEach(Node::applyCss);
    }
}
