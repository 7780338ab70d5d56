package org.neurocanvas.ui.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlaneGridTest {

    private static final double EPS = 1e-9;

    @Test
    void theSquareCentresOnThePointsWithAMarginOnTheLongerSide() {
        // x spans 0..4, y spans 1..2: the square is 4 wide plus 10% each side, centred on (2, 1.5).
        PlaneGrid grid = PlaneGrid.around(new float[] {0, 1, 4, 2}, 8, 0.1);
        assertEquals(4.8, grid.extent(), EPS);
        assertEquals(-0.4, grid.minX(), EPS);
        assertEquals(1.5 - 2.4, grid.minY(), EPS);
        assertEquals(64, grid.cells());
    }

    @Test
    void pointsInOnePlaceOrNoneStillGetAWindow() {
        assertEquals(1.2, PlaneGrid.around(new float[] {3, 3, 3, 3}, 4, 0.1).extent(), EPS);
        assertEquals(new PlaneGrid(-1, -1, 2, 4), PlaneGrid.around(new float[0], 4, 0.1));
    }

    @Test
    void cellCentresGoRowByRowFromTheTop() {
        PlaneGrid grid = new PlaneGrid(0, 0, 2, 2);
        float[] xy = grid.centres();
        // Row 0 is the top: y = 1.5; row 1 the bottom: y = 0.5.
        assertEquals(8, xy.length);
        assertEquals(0.5f, xy[0]);
        assertEquals(1.5f, xy[1]);
        assertEquals(1.5f, xy[2]);
        assertEquals(1.5f, xy[3]);
        assertEquals(0.5f, xy[4]);
        assertEquals(0.5f, xy[5]);
    }

    @Test
    void aCellCentreLandsInTheMiddleOfItsPixelOnScreen() {
        PlaneGrid grid = new PlaneGrid(-3, 5, 6, 4);
        float[] xy = grid.centres();
        double size = 400;
        // The last cell (row 3, column 3) is the bottom-right pixel of a 4 x 4 image scaled to 400.
        int last = grid.cells() - 1;
        assertEquals(350, grid.viewX(xy[2 * last], size), 1e-4);
        assertEquals(350, grid.viewY(xy[2 * last + 1], size), 1e-4);
        assertEquals(0, grid.viewX(-3, size), EPS);
        assertEquals(0, grid.viewY(11, size), EPS);
    }

    @Test
    void anEmptySquareIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PlaneGrid(0, 0, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new PlaneGrid(0, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new PlaneGrid(Double.NaN, 0, 1, 4));
    }
}
