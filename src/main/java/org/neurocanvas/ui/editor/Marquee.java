package org.neurocanvas.ui.editor;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;

/**
 * A rubber band dragged across empty canvas: the rectangle between the press and the pointer,
 * and the layers it selects, namely every card it touches, added to the earlier selection when
 * Shift or Ctrl was held.
 */
public final class Marquee {

    private final Point2D start;
    private final Set<String> kept;
    private Point2D end;

    /**
     * @param start where the mouse went down, in canvas coordinates
     * @param kept the layers that stay selected whatever the band touches (empty unless extending)
     */
    public Marquee(Point2D start, Set<String> kept) {
        this.start = start;
        this.end = start;
        this.kept = Set.copyOf(kept);
    }

    /** Moves the band's loose corner. */
    public void dragTo(Point2D mouse) {
        end = mouse;
    }

    /** The band, in canvas coordinates. */
    public Rectangle2D bounds() {
        return new Rectangle2D(Math.min(start.getX(), end.getX()), Math.min(start.getY(), end.getY()),
                Math.abs(end.getX() - start.getX()), Math.abs(end.getY() - start.getY()));
    }

    /** The layers selected while the band is where it is. */
    public Set<String> selected(Graph graph) {
        Rectangle2D band = bounds();
        Set<String> ids = new LinkedHashSet<>(kept);
        for (LayerNode n : graph.nodes()) {
            if (band.intersects(n.x(), n.y(), CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT)) {
                ids.add(n.id());
            }
        }
        return ids;
    }
}
