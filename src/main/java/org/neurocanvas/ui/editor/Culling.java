package org.neurocanvas.ui.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    private final Rectangle2D near;

    private Culling(Rectangle2D near) {
        this.near = near;
    }

    /** The culling for this part of the board in view, in board coordinates. */
    static Culling around(Rectangle2D view) {
        return new Culling(new Rectangle2D(view.getMinX() - MARGIN, view.getMinY() - MARGIN,
                view.getWidth() + 2 * MARGIN, view.getHeight() + 2 * MARGIN));
    }

    /** Whether every card that shows in {@code view} is among those kept. */
    boolean covers(Rectangle2D view) {
        return near.contains(view);
    }

    /** Whether the card whose top-left corner is ({@code x}, {@code y}) belongs on the board. */
    boolean keepsCard(double x, double y) {
        return near.intersects(x - CanvasGeometry.PORT_RADIUS, y, CanvasGeometry.CARD_WIDTH + 2 * CanvasGeometry.PORT_RADIUS,
                CanvasGeometry.CARD_HEIGHT + BELOW);
    }

    /** Whether a wire belongs on the board. */
    boolean keepsWire(WireCurve wire) {
        return near.intersects(wire.bounds());
    }

    /**
     * Makes {@code layer} hold exactly {@code wanted}, moving only the nodes that come or go: a node
     * taken out and put back is styled again and loses its hover. New nodes are styled at once, so a
     * frame never shows them bare. The order of the nodes kept is left as it is.
     */
    static void show(Group layer, List<? extends Node> wanted) {
        if (layer.getChildren().equals(wanted)) {
            return;
        }
        Set<Node> keep = new HashSet<>(wanted);
        layer.getChildren().removeIf(n -> !keep.contains(n));
        Set<Node> present = new HashSet<>(layer.getChildren());
        List<? extends Node> coming = wanted.stream().filter(n -> !present.contains(n)).toList();
        layer.getChildren().addAll(coming);
        coming.forEach(Node::applyCss);
    }
}
