package org.neurocanvas.ui.editor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.MoveLayers;

/**
 * The bookkeeping of one card drag: where each dragged layer started and where it is now.
 * The view follows {@link #position} live; the model changes once, on release, through the
 * single command from {@link #command()}, so a whole drag is one undo step.
 */
public final class MoveDrag {

    private final Point2D press;
    private final boolean snapping;
    private final Map<String, Point2D> start = new LinkedHashMap<>();
    private final Map<String, Point2D> now = new LinkedHashMap<>();

    /**
     * @param layers the layers that move together (the selection)
     * @param press where the mouse went down, in canvas coordinates
     * @param snapping whether the layers land on the grid, else on whole units
     */
    public MoveDrag(Graph graph, Collection<String> layers, Point2D press, boolean snapping) {
        this.press = press;
        this.snapping = snapping;
        for (String id : layers) {
            LayerNode node = graph.node(id);
            start.put(id, new Point2D(node.x(), node.y()));
        }
        now.putAll(start);
    }

    /** Moves every dragged layer by the mouse's travel since the press, snapped to the grid when snapping. */
    public void dragTo(Point2D mouse) {
        Point2D delta = mouse.subtract(press);
        start.forEach((id, p) -> now.put(id, new Point2D(place(p.getX() + delta.getX()), place(p.getY() + delta.getY()))));
    }

    private double place(double v) {
        return snapping ? CanvasGeometry.snap(v) : Math.round(v);
    }

    /** Where a dragged layer is drawn now, or null if it is not part of this drag. */
    public Point2D position(String id) {
        return now.get(id);
    }

    /** The layers this drag moves. */
    public Collection<String> layers() {
        return start.keySet();
    }

    /** Whether any layer ended somewhere else than it started. */
    public boolean moved() {
        return !start.equals(now);
    }

    /** The one command that records the drag, or empty when nothing moved (a plain click). */
    public Optional<MoveLayers> command() {
        if (!moved()) {
            return Optional.empty();
        }
        Map<String, MoveLayers.Move> moves = new LinkedHashMap<>();
        start.forEach((id, from) -> {
            Point2D to = now.get(id);
            if (!to.equals(from)) {
                moves.put(id, new MoveLayers.Move(from.getX(), from.getY(), to.getX(), to.getY()));
            }
        });
        return Optional.of(new MoveLayers(moves));
    }
}
