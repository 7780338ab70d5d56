package org.neurocanvas.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurocanvas.data.Dataset;

class GallerySamplesTest {

    /** Six 2x2 grey images whose first pixel is their index; classes 0 0 0 1 1 2. */
    private static Dataset images() {
        float[] pixels = new float[6 * 4];
        for (int i = 0; i < 6; i++) {
            pixels[i * 4] = i;
        }
        return new Dataset("tiny", pixels, new int[] {2, 2, 1}, new int[] {0, 0, 0, 1, 1, 2}, 3, List.of("a", "b", "c"));
    }

    @Test
    void samplesAreTakenClassAfterClassSoEveryClassShows() {
        GallerySamples s = GallerySamples.pick(images(), 5);
        assertArrayEquals(new int[] {0, 1, 2, 0, 1}, s.labels());
        assertEquals(3f, s.data().feature(1, 0), "the first sample of class 1 is sample 3");
        assertEquals(1f, s.data().feature(3, 0), "the second of class 0 is sample 1");
    }

    @Test
    void aSmallSetGivesAllItHas() {
        assertEquals(6, GallerySamples.pick(images(), 16).size());
    }

    @Test
    void onlyLabelledImagesSuit() {
        assertTrue(GallerySamples.suits(images()));
        assertFalse(GallerySamples.suits(new Dataset("points", new float[4], new int[] {2}, new int[] {0, 1}, 2, List.of("a", "b"))));
    }

    @Test
    void aFrameCountsTheRightGuessesAndCaptionsGiveClassOverPercentInFull() {
        assertEquals(2, new GalleryFrame(new int[] {0, 1, 1}, new float[3]).right(new int[] {0, 1, 2}));
        assertEquals("7\n98%", GalleryView.caption("7", 0.978f));
        assertEquals("T-shirt/top\n51%", GalleryView.caption("T-shirt/top", 0.51f));
        assertEquals("A validation image of Shirt; the network says T-shirt/top, 51% sure: wrong.",
                GalleryView.describe("Shirt", "T-shirt/top", 0.51f));
    }
}
