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
        assertEquals(0.2, ZoomLevels.out(0.2), "Zoom Out after a fit below the smallest level does not zoom in");
        assertEquals(0.5, ZoomLevels.in(0.2));
    }

    @Test
    void aPinchStaysBetweenTheSmallestAndTheLargestLevel() {
        assertEquals(1.3, ZoomLevels.clamp(1.3));
        assertEquals(0.5, ZoomLevels.clamp(0.1));
        assertEquals(2.0, ZoomLevels.clamp(7));
    }

    @Test
    void fitShowsTheWholeBoardButNeverBlowsASmallOneUp() {
        assertEquals(0.5, ZoomLevels.toFit(1000, 300, 500, 600), 1e-9);
        assertEquals(0.8, ZoomLevels.toFit(1000, 300, 2000, 240), 1e-9);
        assertEquals(1.0, ZoomLevels.toFit(1000, 300, 3000, 2000));
        assertEquals(0.2, ZoomLevels.toFit(1000, 300, 200, 100), 1e-9, "a large network fits below the smallest level");
        assertEquals(ZoomLevels.FIT_MIN, ZoomLevels.toFit(30000, 300, 1000, 600), "but not to a speck");
    }

    @Test
    void showingASelectionEnlargesItUpToALimit() {
        assertEquals(1.5, ZoomLevels.toShow(190, 140, 1000, 600, 1.5), "one card is enlarged only so far");
        assertEquals(0.5, ZoomLevels.toShow(2000, 300, 1000, 600, 1.5), 1e-9);
        assertEquals(0.5, ZoomLevels.toShow(9000, 300, 1000, 600, 1.5), "never below the smallest level");
    }
}
