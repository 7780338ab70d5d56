package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class MiniMapGeometryTest {

    private static final double W = CanvasGeometry.CARD_WIDTH;
    private static final double H = CanvasGeometry.CARD_HEIGHT;
    private final List<Rectangle2D> cards = List.of(new Rectangle2D(0, 0, W, H), new Rectangle2D(1000, 200, W, H));
    private final Rectangle2D view = new Rectangle2D(0, 0, 400, 300);

    @Test
    void theMapCoversEveryCardWithAMarginAndTheViewAtTheBoardsProportions() {
        MiniMapGeometry map = MiniMapGeometry.of(cards, view, 220, 140);
        assertEquals(new Rectangle2D(-40, -40, 1150 + 80, 300 + 40 + 40), map.world());
        assertEquals(220, map.width(), 1e-9, "the map is as wide as allowed; the board is wider than tall");
        assertEquals(220.0 * 380 / 1230, map.height(), 1e-9);
        Rectangle2D frame = map.toMap(view);
        assertEquals(40 * map.scale(), frame.getMinX(), 1e-9);
        assertEquals(400 * map.scale(), frame.getWidth(), 1e-9);
    }

    @Test
    void aPointOnTheMapLeadsBackToTheBoardPointDrawnThere() {
        MiniMapGeometry map = MiniMapGeometry.of(cards, view, 220, 140);
        Rectangle2D second = map.toMap(cards.get(1));
        Point2D corner = map.toBoard(new Point2D(second.getMinX(), second.getMinY()));
        assertEquals(1000, corner.getX(), 1e-9);
        assertEquals(200, corner.getY(), 1e-9);
    }

    @Test
    void aTallBoardIsLimitedByTheMapsHeight() {
        MiniMapGeometry map = MiniMapGeometry.of(List.of(new Rectangle2D(0, 3000, W, H)), view, 220, 140);
        assertEquals(140, map.height(), 1e-9);
        assertTrue(map.width() < 220);
    }

    @Test
    void theMapIsNeededOnlyWhileSomeCardLiesOutsideTheView() {
        assertTrue(MiniMapGeometry.needed(cards, view), "the second card lies right of the view");
        assertFalse(MiniMapGeometry.needed(cards, new Rectangle2D(-20, -20, 1200, 400)));
        assertTrue(MiniMapGeometry.needed(cards, new Rectangle2D(10, 0, 1200, 400)), "a card cut by the edge counts as outside");
    }
}
