package org.neurocanvas.ui.editor;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;

/**
 * A wire being drawn from an output port: where its loose end is, which layer's input it
 * is over and whether the model would accept the wire there. The rubber band is coloured
 * by that verdict before the mouse is released. Away from any input, over another wire, the
 * drag offers to insert its layer into that wire.
 */
public final class WireDrag {

    private final String from;
    private final Point2D start;
    private Point2D end;
    private String target;
    private String refusal;
    private Edge wire;

    /**
     * @param from the layer whose output port the drag started on
     */
    public WireDrag(Graph graph, String from) {
        this.from = from;
        LayerNode node = graph.node(from);
        this.start = Flow.of(graph).outputPort(node.x(), node.y());
        this.end = start;
    }

    /** Moves the loose end; over an input it snaps to the port and asks the graph for a verdict. */
    public void dragTo(Graph graph, Point2D mouse) {
        target = CanvasGeometry.inputTargetAt(graph, mouse).filter(id -> !id.equals(from)).orElse(null);
        wire = null;
        if (target == null) {
            wire = CanvasGeometry.wireAt(graph, mouse).filter(w -> !w.from().equals(from) && !w.to().equals(from)).orElse(null);
            refusal = wire == null ? null : insertRefusal(graph, wire);
            end = mouse;
        } else {
            LayerNode node = graph.node(target);
            refusal = graph.checkConnection(from, target).orElse(null);
            end = Flow.of(graph).inputPort(node.x(), node.y());
        }
    }

    // Why the dragged layer cannot go into a wire: it must take an input, and have none yet.
    private String insertRefusal(Graph graph, Edge into) {
        LayerNode layer = graph.node(from);
        String where = from + " cannot go between " + into.from() + " and " + into.to();
        if (layer.kind().maxInputs() == 0) {
            return where + ": it takes no input.";
        }
        if (!graph.incoming(from).isEmpty()) {
            return where + ": it already has an input. Drop the wire on a wire only from a layer that is not wired in yet.";
        }
        return null;
    }

    /** The wire the loose end is over, away from any input: releasing there inserts the dragged layer into it. */
    public Optional<Edge> wire() {
        return Optional.ofNullable(wire);
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

    /** Whether the wire would be accepted where the loose end is now, by an input or as an insertion into a wire. */
    public boolean accepted() {
        return (target != null || wire != null) && refusal == null;
    }

    /** Why the graph would refuse the wire where the loose end is now, if it would. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }
}
