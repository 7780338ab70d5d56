package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.junit.jupiter.api.Test;

class GridLinesTest {

    @Test
    void linesEveryTwentyUnitsCoverTheViewAndAMarginButNotLeftOfTheOrigin() {
        GridLines grid = new GridLines();
        grid.cover(new Rectangle2D(100, 50, 400, 300));
        Rectangle2D covered = grid.covered();
        assertEquals(0, covered.getMinX(), "the board starts at the origin");
        assertTrue(covered.contains(new Rectangle2D(100, 50, 400, 300)));
        List<Double> columns = grid.getElements().stream().filter(e -> e instanceof MoveTo m && m.getY() == covered.getMinY())
                .map(e -> ((MoveTo) e).getX()).toList();
        assertEquals(0.5, columns.get(0), "half a unit in, a line fills whole pixels at actual size");
        assertEquals(GridLines.SPACING, columns.get(1) - columns.get(0));
    }

    @Test
    void aSmallPanWithinTheLinesDrawnKeepsThem() {
        GridLines grid = new GridLines();
        grid.cover(new Rectangle2D(1000, 1000, 400, 300));
        List<PathElement> drawn = List.copyOf(grid.getElements());
        grid.cover(new Rectangle2D(1100, 1050, 400, 300));
        assertEquals(drawn, grid.getElements());
        assertSame(drawn.get(0), grid.getElements().get(0), "the same lines, not drawn again");
        grid.cover(new Rectangle2D(5000, 1000, 400, 300));
        assertTrue(grid.covered().contains(new Rectangle2D(5000, 1000, 400, 300)), "a far pan draws new lines");
    }
}
