package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZoomLevelsTest {

    @Test
    void zoomStepsBetweenFixedLevelsAndStopsAtTheEnds() {
        assertEquals(1.1, ZoomLevels.in(1.0));
        assertEquals(0.9, ZoomLevels.out(1.0));
        assertEquals(1.0, ZoomLevels.in(0.95), "an in-between zoom goes to the next level up");
        assertEquals(2.0, ZoomLevels.in(2.0));
        assertEquals(0.5, ZoomLevels.out(0.5));
    }

    @Test
    void fitShowsTheWholeBoardButNeverBlowsASmallOneUp() {
        assertEquals(0.5, ZoomLevels.toFit(1000, 300, 500, 600), 1e-9);
        assertEquals(0.8, ZoomLevels.toFit(1000, 300, 2000, 240), 1e-9);
        assertEquals(1.0, ZoomLevels.toFit(1000, 300, 3000, 2000));
        assertEquals(0.5, ZoomLevels.toFit(1000, 300, 100, 100), "never below the smallest level");
    }

    @Test
    void showingASelectionEnlargesItUpToALimit() {
        assertEquals(1.5, ZoomLevels.toShow(190, 140, 1000, 600, 1.5), "one card is enlarged only so far");
        assertEquals(0.5, ZoomLevels.toShow(2000, 300, 1000, 600, 1.5), 1e-9);
        assertEquals(0.5, ZoomLevels.toShow(9000, 300, 1000, 600, 1.5), "never below the smallest level");
    }
}
