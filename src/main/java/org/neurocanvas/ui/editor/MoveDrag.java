package org.neurocanvas.ui.editor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.MoveLayers;

/**
 * The bookkeeping of one card drag: where each dragged layer started and where it is now.
 * The view follows {@link #position} live; the model changes once, on release, through the
 * single command from {@link #command()}, so a whole drag is one undo step. A layer not wired in
 * yet, dragged over a wire, offers to go into it ({@link #wireUnderneath()}).
 */
public final class MoveDrag {

    private final Graph graph;
    private final Point2D press;
    private Point2D mouse;
    private final boolean snapping;
    private final Map<String, Point2D> start = new LinkedHashMap<>();
    private final Map<String, Point2D> now = new LinkedHashMap<>();

    /**
     * @param layers the layers that move together (the selection)
     * @param press where the mouse went down, in canvas coordinates
     * @param snapping whether the layers land on the grid, else on whole units
     */
    public MoveDrag(Graph graph, Collection<String> layers, Point2D press, boolean snapping) {
        this.graph = graph;
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
        this.mouse = mouse;
        Point2D delta = mouse.subtract(press);
        start.forEach((id, p) -> now.put(id, new Point2D(place(p.getX() + delta.getX()), place(p.getY() + delta.getY()))));
    }

    private double place(double v) {
        return snapping ? CanvasGeometry.snap(v) : Math.round(v);
    }

    /**
     * The wire the dragged layer goes into if let go now: the pointer is over a wire, and the drag
     * holds one layer, not wired in yet, that takes an input and gives an output.
     */
    public Optional<Edge> wireUnderneath() {
        if (mouse == null || start.size() != 1) {
            return Optional.empty();
        }
        LayerNode layer = graph.node(start.keySet().iterator().next());
        boolean loose = graph.incoming(layer.id()).isEmpty() && graph.outgoing(layer.id()).isEmpty();
        return loose && layer.kind().maxInputs() > 0 && layer.kind().hasOutputPort() ? CanvasGeometry.wireAt(graph, mouse) : Optional.empty();
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
