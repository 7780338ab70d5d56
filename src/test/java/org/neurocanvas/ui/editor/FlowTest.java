package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.MoveLayers;
import org.neurocanvas.ui.DocumentSession;

/** The way a network runs on the canvas, read from its layout, and the ports and wires that follow it. */
class FlowTest {

    @Test
    void aNetworkLaidOutLeftToRightRunsRightAndTopToBottomRunsDown() {
        DocumentSession session = Projects.spiralMlp();
        assertEquals(Flow.RIGHT, Flow.of(session.project().graph()));
        session.stack().execute(AutoLayout.command(session.project().graph(), AutoLayout.Direction.TOP_TO_BOTTOM).orElseThrow());
        assertEquals(Flow.DOWN, Flow.of(session.project().graph()), "Arrange Top to Bottom");
        session.stack().undo();
        assertEquals(Flow.RIGHT, Flow.of(session.project().graph()), "undone, the network runs right again");
    }

    @Test
    void oneCardMovedBelowItsNeighbourDoesNotTurnTheFlow() {
        DocumentSession session = Projects.spiralMlp();
        var dense2 = session.project().graph().node("dense_2");
        var dense1 = session.project().graph().node("dense_1");
        // dense_2 straight below dense_1: one wire of four now runs down.
        session.stack().execute(new MoveLayers(java.util.Map.of("dense_2", new MoveLayers.Move(dense2.x(), dense2.y(), dense1.x(), dense1.y() + 200))));
        assertEquals(Flow.RIGHT, Flow.of(session.project().graph()));
    }

    @Test
    void portsSitOnTheSidesOrOnTopAndBottom() {
        assertEquals(new Point2D(100, 250), Flow.RIGHT.inputPort(100, 200));
        assertEquals(new Point2D(100 + CanvasGeometry.CARD_WIDTH, 250), Flow.RIGHT.outputPort(100, 200));
        assertEquals(new Point2D(100 + CanvasGeometry.CARD_WIDTH / 2, 200), Flow.DOWN.inputPort(100, 200));
        assertEquals(new Point2D(100 + CanvasGeometry.CARD_WIDTH / 2, 200 + CanvasGeometry.CARD_HEIGHT), Flow.DOWN.outputPort(100, 200));
    }

    @Test
    void aWireThatSkipsAStepArcsBesideTheCardsItPasses() {
        // conv2d_1 to add_1 over three cards in one column, as Arrange Top to Bottom lays out a residual block.
        Point2D out = Flow.DOWN.outputPort(0, 0);
        Point2D in = Flow.DOWN.inputPort(0, 4 * (CanvasGeometry.CARD_HEIGHT + AutoLayout.ROW_GAP));
        WireCurve skip = WireCurve.between(out, in, Flow.DOWN);
        assertTrue(skip.bounds().getMinX() < -CanvasGeometry.GRID, "bends out left of the column: " + skip.bounds());
        assertTrue(skip.distanceTo(new Point2D(0, 2 * (CanvasGeometry.CARD_HEIGHT + AutoLayout.ROW_GAP) + 50)) > 20, "clear of the cards it skips");
        WireCurve next = WireCurve.between(out, Flow.DOWN.inputPort(0, CanvasGeometry.CARD_HEIGHT + AutoLayout.ROW_GAP), Flow.DOWN);
        assertEquals(out.getX(), next.bounds().getMinX(), 1, "a wire to the next card runs straight");
    }

    @Test
    void aDownwardWireLeavesDownwardsAndItsArrowPointsDown() {
        Point2D out = new Point2D(175, 100);
        Point2D in = new Point2D(175, 260);
        WireCurve wire = WireCurve.between(out, in, Flow.DOWN);
        assertEquals(new Point2D(175, 100 + CanvasGeometry.PORT_RADIUS), wire.start(), "leaves the port's rim below it");
        assertEquals(175, wire.control1().getX(), "straight down out of the port");
        assertTrue(wire.control1().getY() > wire.start().getY());
        assertEquals(new Point2D(175, 260 - CanvasGeometry.PORT_RADIUS), wire.tip(), "the tip touches the input port's rim above it");
        double base = wire.tip().getY() - WireCurve.ARROW_LENGTH;
        assertArrayEquals(new double[] {175, wire.tip().getY(), 175 - WireCurve.ARROW_HALF_WIDTH, base, 175 + WireCurve.ARROW_HALF_WIDTH, base},
                wire.arrow(), 1e-9, "the arrowhead's base runs across the wire");
        // The rightward wire is the same curve mirrored on the diagonal.
        WireCurve right = WireCurve.between(new Point2D(100, 175), new Point2D(260, 175), Flow.RIGHT);
        assertEquals(new Point2D(wire.control2().getY(), wire.control2().getX()), right.control2());
    }
}
