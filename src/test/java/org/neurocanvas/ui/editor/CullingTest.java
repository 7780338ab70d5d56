package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;

class CullingTest {

    private final Culling view = Culling.around(new Rectangle2D(1000, 500, 800, 600));

    @Test
    void aCardIsKeptWithinAMarginOfTheViewAndNotBeyond() {
        assertTrue(view.keepsCard(1200, 700), "a card in view");
        assertTrue(view.keepsCard(1000 - Culling.MARGIN - CanvasGeometry.CARD_WIDTH + 1, 700), "just inside the margin on the left");
        assertFalse(view.keepsCard(1000 - Culling.MARGIN - CanvasGeometry.CARD_WIDTH - CanvasGeometry.PORT_RADIUS - 1, 700),
                "a card wholly left of the margin, ports included");
        assertFalse(view.keepsCard(1800 + Culling.MARGIN + CanvasGeometry.PORT_RADIUS + 1, 700), "a card right of the margin, its input port included");
        assertTrue(view.keepsCard(1200, 500 - Culling.MARGIN - CanvasGeometry.CARD_HEIGHT - 10),
                "a card above the view whose problem sentence reaches into the margin");
    }

    @Test
    void aWireIsKeptWhenItCrossesTheViewThoughBothEndsLieOutside() {
        assertTrue(view.keepsWire(wire(0, 800, 3000, 800, Flow.RIGHT)), "a long wire across the view");
        assertFalse(view.keepsWire(wire(0, 100, 400, 100, Flow.RIGHT)), "a wire far above and left");
        assertTrue(view.keepsWire(wire(900, 2000, 1200, 300, Flow.RIGHT)), "a wire whose box holds the view's corner");
        assertTrue(view.keepsWire(wire(1200, 0, 1300, 3000, Flow.DOWN)), "a long wire down through the view, both ends outside");
    }

    private static WireCurve wire(double x1, double y1, double x2, double y2, Flow flow) {
        return WireCurve.between(new Point2D(x1, y1), new Point2D(x2, y2), flow);
    }

    @Test
    void showingMovesOnlyTheNodesThatComeOrGo() {
        Node a = new Rectangle();
        Node b = new Rectangle();
        Node c = new Rectangle();
        Group layer = new Group(a, b);
        List<String> changes = new ArrayList<>();
        layer.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                changes.add("-" + change.getRemovedSize() + "+" + change.getAddedSize());
            }
        });

        assertTrue(Culling.show(layer, List.of(b, c), n -> 0, 0).isEmpty());

        assertEquals(List.of(b, c), layer.getChildren());
        assertEquals(List.of("-1+0", "-0+1"), changes, "a went, c came; b stayed where it was");
        assertSame(layer, b.getParent());
        changes.clear();
        Culling.show(layer, List.of(b, c), n -> 0, 0);
        assertTrue(changes.isEmpty(), "nothing moves when nothing changes");
    }

    @Test
    void nodesInViewComeAtOnceAndThoseInTheMarginAFewAFrameNearestFirst() {
        Node shown = new Rectangle();
        Node near = new Rectangle();
        Node nearer = new Rectangle();
        Node far = new Rectangle();
        Map<Node, Double> distance = Map.of(shown, 0.0, far, 300.0, near, 200.0, nearer, 100.0);
        List<Node> wanted = List.of(shown, far, near, nearer);
        Group layer = new Group();

        Deque<Node> waiting = Culling.show(layer, wanted, distance::get, 1);
        assertEquals(List.of(nearer, shown), layer.getChildren(), "the one in view, and the nearest of the rest below it");
        assertEquals(List.of(near, far), List.copyOf(waiting));
        Culling.bring(layer, waiting, 1);
        assertEquals(List.of(near, nearer, shown), layer.getChildren());
        Culling.bring(layer, waiting, 1);
        assertEquals(List.of(far, near, nearer, shown), layer.getChildren());
        assertTrue(waiting.isEmpty());
    }

    @Test
    void aCardsDistanceIsHowFarItLiesOutsideTheView() {
        assertEquals(0, view.cardDistance(1200, 700), "in view");
        assertEquals(0, view.cardDistance(1000 - CanvasGeometry.CARD_WIDTH, 700), "its output port reaches into the view");
        assertEquals(50, view.cardDistance(1000 - CanvasGeometry.CARD_WIDTH - CanvasGeometry.PORT_RADIUS - 50, 700), 1e-9, "left of the view");
        assertEquals(50, view.cardDistance(1800 + CanvasGeometry.PORT_RADIUS + 30, 1100 + 40), 1e-9,
                "its input port 30 right of the view, its top 40 below: 50 away");
        assertEquals(0, view.wireDistance(wire(0, 800, 3000, 800, Flow.RIGHT)), "a wire across the view");
    }
}
