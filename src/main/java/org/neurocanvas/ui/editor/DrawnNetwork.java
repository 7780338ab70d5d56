package org.neurocanvas.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.ui.Styles;

/**
 * The network as the board draws it: a card for each layer and a wire for each edge, in two layers of
 * the board, wires below. Views outlive an edit that keeps their layer or edge, since a new view needs
 * styling again, which a large network feels; and only those near the view are on the board (see
 * {@link Culling}), with the selected ones, which a drag may bring into view.
 */
final class DrawnNetwork {

    /** How many cards, and wires, waiting near the view come onto the board in one frame. */
    private static final int CARDS_A_FRAME = 2;
    private static final int WIRES_A_FRAME = 4;

    private final EditorModel editor;
    private final Function<LayerNode, NodeView> newCard;
    private final Function<Edge, WireView> newWire;
    /** Where a layer's card is drawn now, which during a drag is not yet where the model has it. */
    private final Function<String, Point2D> corner;
    private final Group wireLayer = new Group();
    private final Group cardLayer = new Group();
    private final Map<String, NodeView> cards = new HashMap<>();
    /** What each card last showed, so that an edit rewrites only the cards it changed. */
    private final Map<NodeView, Shown> texts = new HashMap<>();
    private final Map<Edge, WireView> wireViews = new HashMap<>();
    private final List<WireView> wires = new ArrayList<>();
    /** Which way the network runs, which puts the ports on the cards' sides or on their top and bottom. */
    private Flow flow = Flow.RIGHT;
    /** The cards and wires on the board were chosen for this; null when they must be chosen afresh. */
    private Culling culled;
    /** New cards not yet styled: the first styling of a card costs five times what its return does. */
    private final Deque<NodeView> unstyled = new ArrayDeque<>();
    /** Cards and wires near the view that wait to come onto the board, nearest first. */
    private Deque<NodeView> waitingCards = new ArrayDeque<>();
    private Deque<WireView> waitingWires = new ArrayDeque<>();
    /** While a picture is exported, every card is on the board, not only those near the view. */
    private boolean drawingAll;

    DrawnNetwork(EditorModel editor, Function<LayerNode, NodeView> newCard, Function<Edge, WireView> newWire,
                 Function<String, Point2D> corner) {
        this.editor = editor;
        this.newCard = newCard;
        this.newWire = newWire;
        this.corner = corner;
    }

    /** The board's layers, wires first so that cards cover their ends. */
    List<Group> layers() {
        return List.of(wireLayer, cardLayer);
    }

    /** Every card, on the board or waiting off it: a live view. */
    Collection<NodeView> cards() {
        return cards.values();
    }

    /** The card of a layer, or null. */
    NodeView card(String layerId) {
        return cards.get(layerId);
    }

    /** Brings every card and wire up to the model and its latest analysis, the board to {@code shown}. */
    void redraw(Rectangle2D shown) {
        Graph graph = editor.graph();
        Analysis analysis = editor.analysis();
        flow = Flow.of(graph);
        cards.entrySet().removeIf(e -> !graph.contains(e.getKey()) || !graph.node(e.getKey()).kind().equals(e.getValue().layerKind()));
        for (LayerNode node : graph.nodes()) {
            NodeView view = cards.computeIfAbsent(node.id(), id -> {
                NodeView card = newCard.apply(node);
                unstyled.add(card);
                return card;
            });
            view.relocate(node.x(), node.y());
            view.setFlow(flow);
            // An edit changes a few cards' texts; writing all 300 anew took most of an edit's frame.
            Shown now = new Shown(node, analysis.layer(node.id()), analysis.hint(node.id()).orElse(null));
            if (!now.equals(texts.put(view, now))) {
                view.show(CardText.of(node, now.info()), node.kind().explanation(), now.hint(), analysis.waits(node.id()));
            }
        }
        texts.keySet().retainAll(new HashSet<>(cards.values()));
        wireViews.keySet().retainAll(new HashSet<>(graph.edges()));
        wires.clear();
        for (Edge edge : graph.edges()) {
            WireView wire = wireViews.computeIfAbsent(edge, newWire);
            wire.carry(CardText.shape(analysis.layer(edge.from())));
            wires.add(wire);
        }
        layoutWires(null);
        cull(shown);
    }

    /** Redraws the wires at the moved layers, or all wires when {@code moved} is null. */
    void layoutWires(Collection<String> moved) {
        for (WireView wire : wires) {
            if (moved == null || moved.contains(wire.edge().from()) || moved.contains(wire.edge().to())) {
                wire.connect(wireOf(wire.edge()));
            }
        }
    }

    /** A wire from an output port to a point: the one a person is drawing. */
    WireCurve wireBetween(Point2D from, Point2D to) {
        return WireCurve.between(from, to, flow);
    }

    // The curve of a wire between its cards where they are drawn.
    private WireCurve wireOf(Edge edge) {
        return flow.wire(editor.graph(), edge, port(edge.from(), true), port(edge.to(), false));
    }

    private Point2D port(String id, boolean output) {
        Point2D at = corner.apply(id);
        return output ? flow.outputPort(at.getX(), at.getY()) : flow.inputPort(at.getX(), at.getY());
    }

    /**
     * Puts on the board the cards and wires near {@code shown}, unless those there already cover it.
     *
     * @return whether some near the view still wait to come, in the next frames
     */
    boolean follow(Rectangle2D shown) {
        if (culled == null || !culled.covers(shown)) {
            cull(shown);
        } else {
            Culling.bring(cardLayer, waitingCards, CARDS_A_FRAME);
            Culling.bring(wireLayer, waitingWires, WIRES_A_FRAME);
        }
        return !waitingCards.isEmpty() || !waitingWires.isEmpty();
    }

    /**
     * Puts on the board the cards in view, the selected ones and their wires, and a few more of
     * those near the view (see {@link Culling#show}).
     */
    private void cull(Rectangle2D shown) {
        Culling near = Culling.around(shown);
        culled = near;
        Set<String> selected = editor.selection().layers();
        List<NodeView> kept = new ArrayList<>();
        for (LayerNode node : editor.graph().nodes()) {
            NodeView view = cards.get(node.id());
            if (view != null && (drawingAll || selected.contains(node.id()) || near.keepsCard(view.getLayoutX(), view.getLayoutY()))) {
                kept.add(view);
            }
        }
        waitingCards = Culling.show(cardLayer, kept, v -> drawingAll || selected.contains(v.getId()) ? 0
                : near.cardDistance(v.getLayoutX(), v.getLayoutY()), CARDS_A_FRAME);
        // Selected cards lie on top, where a card that was just dragged or added belongs.
        List<NodeView> lifted = kept.stream().filter(v -> selected.contains(v.getId())).toList();
        int top = cardLayer.getChildren().size() - lifted.size();
        lifted.stream().filter(v -> cardLayer.getChildren().indexOf(v) < top).forEach(Node::toFront);
        Map<WireView, Double> shownWires = new LinkedHashMap<>();
        for (WireView wire : wires) {
            Edge edge = wire.edge();
            if (!editor.graph().contains(edge.from()) || !editor.graph().contains(edge.to())) {
                continue;
            }
            if (drawingAll || selected.contains(edge.from()) || selected.contains(edge.to())) {
                shownWires.put(wire, 0.0);
            } else {
                WireCurve curve = wireOf(edge);
                if (near.keepsWire(curve)) {
                    shownWires.put(wire, near.wireDistance(curve));
                }
            }
        }
        waitingWires = Culling.show(wireLayer, List.copyOf(shownWires.keySet()), shownWires::get, WIRES_A_FRAME);
    }

    /**
     * Styles one new card that is not on the board, there for a moment, so that a pan or a zoom
     * later brings it in at the cost of a return: one frame in five of a pan over a large network
     * styled a band of new cards, 100 ms here.
     *
     * @return whether more wait
     */
    boolean styleAhead() {
        NodeView card = unstyled.poll();
        if (card != null && card.getParent() == null && cards.get(card.getId()) == card) {
            cardLayer.getChildren().add(card);
            card.applyCss();
            cardLayer.getChildren().remove(card);
        }
        return !unstyled.isEmpty();
    }

    /** Puts every card and wire on the board, for a picture of the whole network, or back to those near {@code shown}. */
    void drawAll(boolean all, Rectangle2D shown) {
        drawingAll = all;
        cull(shown);
    }

    /** What the cards and wires on the board cover, in board coordinates. */
    Bounds drawnBounds() {
        Bounds a = cardLayer.getBoundsInParent();
        if (wireLayer.getChildren().isEmpty()) {
            return a;
        }
        Bounds b = wireLayer.getBoundsInParent();
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX, Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    /** Marks the selected cards and wires, and makes sure the selected cards get onto the board. */
    void showSelection() {
        // The next follow chooses afresh: the selection can change while the model is half-way through an edit.
        culled = null;
        cards.forEach((id, view) -> view.setSelected(editor.selection().contains(id)));
        wires.forEach(w -> w.setSelected(editor.selection().contains(w.edge())));
    }

    /** Clears the selection's marks, for a picture. */
    void unmarkSelection() {
        cards.values().forEach(v -> v.setSelected(false));
        wires.forEach(w -> w.setSelected(false));
    }

    /** Lights up {@code target}, the wire a drop or a drag would go into, and no other; null lights none. */
    void lightWire(Edge target) {
        wires.forEach(w -> w.pseudoClassStateChanged(Styles.ACCEPT, w.edge().equals(target)));
    }

    /** A layer as its card shows it: the node (a new one after each change of it), what the analysis found, its hint. */
    private record Shown(LayerNode node, Analysis.LayerInfo info, String hint) {
    }
}
