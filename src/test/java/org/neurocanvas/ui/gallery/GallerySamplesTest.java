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
    void labelledSamplesSuitButPointsInThePlaneWhoseBoundaryShowsInstead() {
        assertTrue(GallerySamples.suits(images()));
        assertTrue(GallerySamples.suits(new Dataset("rows", new float[8], new int[] {4}, new int[] {0, 1}, 2, List.of("a", "b"))));
        assertFalse(GallerySamples.suits(new Dataset("points", new float[4], new int[] {2}, new int[] {0, 1}, 2, List.of("a", "b"))));
        assertEquals(GallerySamples.COUNT, GallerySamples.count(images()), "images in two rows");
        Dataset rows = new Dataset("rows", new float[8], new int[] {4}, new int[] {0, 1}, 2, List.of("a", "b"));
        assertEquals(GallerySamples.LINES, GallerySamples.count(rows), "other samples a line each");
    }

    @Test
    void aSampleThatIsNoImageIsALineAsTheNetworkReceivesIt() {
        Dataset iris = new Dataset("iris", new float[] {5.1f, 3.5f, 1.4f, 0.2f}, new int[] {4}, new int[] {0}, 3, List.of("a", "b", "c"));
        assertEquals("5.1 3.5 1.4 0.2", SampleText.of(iris, 0));
        Dataset tokens = new Dataset("tokens", new float[] {3, 1, 5, 2, 8, 4, 6, 1, 7, 2, 3, 5, 4, 4}, new int[] {14}, new int[] {1}, 2,
                List.of("a first", "b first"));
        assertEquals("3 1 5 2 8 4 6 1 7 2 3 5…", SampleText.of(tokens, 0), "the first twelve tokens");
        Dataset bits = new Dataset("parity", new float[] {0, 1, 1, 0, 1}, new int[] {5, 1}, new int[] {1}, 2, List.of("even", "odd"));
        assertEquals("01101", SampleText.of(bits, 0));
        Dataset symbols = new Dataset("symbols", new float[] {1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0}, new int[] {4, 3}, new int[] {1}, 2,
                List.of("different", "same"));
        assertEquals("ACBA", SampleText.of(symbols, 0), "one-hot steps as letters");
    }

    @Test
    void aFrameCountsTheRightGuessesAndCaptionsGiveClassOverPercentInFull() {
        assertEquals(2, new GalleryFrame(new int[] {0, 1, 1}, new float[3]).right(new int[] {0, 1, 2}));
        assertEquals("7\n98%", GalleryView.caption("7", 0.978f));
        assertEquals("T-shirt/top\n51%", GalleryView.caption("T-shirt/top", 0.51f));
        assertEquals("A validation image of Shirt; the network says T-shirt/top, 51% sure: wrong.",
                GalleryView.describe("image", "Shirt", "T-shirt/top", 0.51f));
    }
}
