package org.neurocanvas.ui.editor;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;

/**
 * A wire being drawn from an output port: where its loose end is, which layer's input it
 * is over and whether the model would accept the wire there. The rubber band is coloured
 * by that verdict before the mouse is released.
 */
public final class WireDrag {

    private final String from;
    private final Point2D start;
    private Point2D end;
    private String target;
    private String refusal;

    /**
     * @param from the layer whose output port the drag started on
     */
    public WireDrag(Graph graph, String from) {
        this.from = from;
        LayerNode node = graph.node(from);
        this.start = CanvasGeometry.outputPort(node.x(), node.y());
        this.end = start;
    }

    /** Moves the loose end; over an input it snaps to the port and asks the graph for a verdict. */
    public void dragTo(Graph graph, Point2D mouse) {
        target = CanvasGeometry.inputTargetAt(graph, mouse).filter(id -> !id.equals(from)).orElse(null);
        if (target == null) {
            refusal = null;
            end = mouse;
        } else {
            LayerNode node = graph.node(target);
            refusal = graph.checkConnection(from, target).orElse(null);
            end = CanvasGeometry.inputPort(node.x(), node.y());
        }
    }

    /** The layers whose input would take this wire: their ports light up while it is drawn, the others dim. */
    public Set<String> accepting(Graph graph) {
        return graph.nodes().stream().map(LayerNode::id).filter(id -> graph.checkConnection(from, id).isEmpty())
                .collect(Collectors.toSet());
    }

    /** The layer the wire leaves. */
    public String from() {
        return from;
    }

    /** The centre of the output port the wire leaves, in canvas coordinates. */
    public Point2D start() {
        return start;
    }

    /** The wire's loose end, in canvas coordinates. */
    public Point2D end() {
        return end;
    }

    /** The layer whose input the loose end is over, if any. */
    public Optional<String> target() {
        return Optional.ofNullable(target);
    }

    /** Whether the wire would be accepted where the loose end is now. */
    public boolean accepted() {
        return target != null && refusal == null;
    }

    /** Why the graph would refuse the wire where the loose end is now, if it would. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }
}
