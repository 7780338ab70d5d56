package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;

class GridLinesTest {

    @Test
    void linesEveryTwentyUnitsCoverTheViewAndAMarginButNotLeftOfTheOrigin() {
        GridLines grid = new GridLines();
        grid.cover(new Rectangle2D(100, 50, 400, 300), 1);
        Rectangle2D covered = grid.covered();
        assertEquals(0, covered.getMinX(), "the board starts at the origin");
        assertTrue(covered.contains(new Rectangle2D(100, 50, 400, 300)));
        List<Rectangle> columns = columns(grid);
        assertEquals(0, columns.get(0).getX());
        assertEquals(1, columns.get(0).getWidth(), "a unit wide: whole pixels at actual size");
        assertEquals(GridLines.SPACING, columns.get(1).getX() - columns.get(0).getX());
        assertEquals(covered.getHeight(), columns.get(0).getHeight());
        assertTrue(grid.getChildren().stream().anyMatch(n -> ((Rectangle) n).getHeight() == 1), "and rows");
    }

    @Test
    void zoomedOutTheLinesStayAtLeastTwelvePixelsApartOnTheScreen() {
        assertEquals(20, GridLines.spacing(1));
        assertEquals(20, GridLines.spacing(0.6));
        assertEquals(100, GridLines.spacing(0.5));
        assertEquals(500, GridLines.spacing(0.1));
        for (double zoom = 0.05; zoom <= 2; zoom += 0.01) {
            double apart = GridLines.spacing(zoom) * zoom;
            assertTrue(apart >= GridLines.CLOSEST && (apart < 5 * GridLines.CLOSEST || GridLines.spacing(zoom) == 20), "at zoom " + zoom);
        }
        GridLines grid = new GridLines();
        grid.cover(new Rectangle2D(0, 0, 2800, 1800), 0.5);
        assertEquals(100, columns(grid).get(1).getX() - columns(grid).get(0).getX());
        assertEquals(2, columns(grid).get(0).getWidth(), "a pixel wide on the screen");
        assertTrue(grid.getChildren().size() < 200, "a few hundred lines at most: " + grid.getChildren().size());
    }

    @Test
    void aSmallPanWithinTheLinesDrawnKeepsThemAZoomOutRedrawsThem() {
        GridLines grid = new GridLines();
        grid.cover(new Rectangle2D(1000, 1000, 400, 300), 1);
        Node first = grid.getChildren().get(0);
        double x = ((Rectangle) first).getX();
        grid.cover(new Rectangle2D(1050, 1030, 400, 300), 1);
        assertSame(first, grid.getChildren().get(0));
        assertEquals(x, ((Rectangle) first).getX(), "the same lines, not drawn again");
        grid.cover(new Rectangle2D(5000, 1000, 400, 300), 1);
        assertTrue(grid.covered().contains(new Rectangle2D(5000, 1000, 400, 300)), "a far pan draws new lines");
        grid.cover(new Rectangle2D(5000, 1000, 800, 600), 0.5);
        assertEquals(100, columns(grid).get(1).getX() - columns(grid).get(0).getX(), "zoomed out, lines further apart");
    }

    private static List<Rectangle> columns(GridLines grid) {
        return grid.getChildren().stream().map(n -> (Rectangle) n).filter(r -> r.getHeight() > r.getWidth()).toList();
    }
}
