package org.neurocanvas.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.MoveLayers;

/**
 * Makes room for a layer just put into a wire, as node editors do: a card let go where no other
 * card lies stays there; one dropped on top of others goes one step after the wire's source, and
 * when that place is taken, the cards ahead of it in the source's row (its column, in a network that
 * runs down) step on to free it. Otherwise the new card would hide the two it sits between, and their wires.
 */
final class InsertionRoom {

    private InsertionRoom() {
    }

    /**
     * The moves that make room for {@code layer}, now wired in after {@code source}; empty when its card overlaps none.
     *
     * @param flow the way the network ran before the layer went in
     */
    static Map<String, MoveLayers.Move> moves(Graph graph, Flow flow, String layer, String source) {
        LayerNode card = graph.node(layer);
        Set<String> itself = Set.of(layer);
        if (!Flow.overlapsAny(graph, card.x(), card.y(), itself)) {
            return Map.of();
        }
        LayerNode from = graph.node(source);
        Point2D slot = flow.next(from.x(), from.y());
        Map<String, MoveLayers.Move> moves = new LinkedHashMap<>();
        moves.put(layer, new MoveLayers.Move(card.x(), card.y(), slot.getX(), slot.getY()));
        if (Flow.overlapsAny(graph, slot.getX(), slot.getY(), itself)) {
            Point2D step = slot.subtract(from.x(), from.y());
            for (LayerNode n : graph.nodes()) {
                if (!n.id().equals(layer) && ahead(flow, from, n)) {
                    moves.put(n.id(), new MoveLayers.Move(n.x(), n.y(), n.x() + step.getX(), n.y() + step.getY()));
                }
            }
        }
        return moves;
    }

    // Whether a card lies in the source's row (or column) beyond it.
    private static boolean ahead(Flow flow, LayerNode from, LayerNode n) {
        return flow == Flow.RIGHT
                ? Math.abs(n.y() - from.y()) < CanvasGeometry.CARD_HEIGHT && n.x() > from.x()
                : Math.abs(n.x() - from.x()) < CanvasGeometry.CARD_WIDTH && n.y() > from.y();
    }
}
