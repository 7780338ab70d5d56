package org.neurocanvas.ui.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurocanvas.data.Dataset;

class BoundaryDataTest {

    @Test
    void onlyTwoFeaturesMakeAPlane() {
        assertTrue(BoundaryData.isPlanar(new int[] {2}));
        assertTrue(BoundaryData.isPlanar(new int[] {2, 1}));
        assertFalse(BoundaryData.isPlanar(new int[] {4}));
        assertFalse(BoundaryData.isPlanar(new int[] {8, 8, 1}));
        Dataset iris = new Dataset("four", new float[4], new int[] {4}, new int[] {0}, 1, List.of("a"));
        assertThrows(IllegalArgumentException.class, () -> BoundaryData.of(iris));
    }

    /** On iris a helper read "Press Train to watch the network divide the plane" after training: it never could. */
    @Test
    void dataOfOtherShapesIsToldItNeedsTwoFeaturesAndHowManyItHas() {
        assertEquals("Needs data with 2 features, such as spiral or moons: this data has 4.", BoundaryView.needsTwoFeatures(new int[] {4}));
        assertEquals("Needs data with 2 features, such as spiral or moons: each sample here is 8×4.",
                BoundaryView.needsTwoFeatures(new int[] {8, 4}));
    }

    @Test
    void theGridSurroundsThePointsWhichKeepTheirLabels() {
        Dataset points = new Dataset("two", new float[] {0, 0, 1, 2, -1, 1}, new int[] {2}, new int[] {0, 1, 1}, 2, List.of("a", "b"));
        BoundaryData data = BoundaryData.of(points);
        assertArrayEquals(new float[] {0, 0, 1, 2, -1, 1}, data.points());
        assertArrayEquals(new int[] {0, 1, 1}, data.labels());
        assertEquals(BoundaryData.RESOLUTION, data.grid().resolution());
        assertTrue(data.grid().minX() < -1 && data.grid().minY() < 0, data.grid().toString());
    }

    @Test
    void aLargeSetIsThinnedEvenlyForDrawing() {
        int n = 5 * BoundaryData.MAX_POINTS;
        float[] xy = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = i;
            xy[2 * i + 1] = -i;
            labels[i] = i % 2;
        }
        BoundaryData data = BoundaryData.of(new Dataset("many", xy, new int[] {2}, labels, 2, List.of("a", "b")));
        assertEquals(BoundaryData.MAX_POINTS, data.size());
        assertEquals(5f, data.points()[2], "every fifth point");
        assertEquals(-5f, data.points()[3]);
        assertEquals(1, data.labels()[1]);
        assertEquals(n - 1 + 0.1 * (n - 1) * 2, data.grid().extent(), 1e-3, "the grid still covers every point");
    }
}
