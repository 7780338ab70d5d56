package org.neurocanvas.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThumbnailsTest {

    @Test
    void eachImageStretchesFromItsDarkestToItsBrightestValue() {
        // Standardised values of a 1 x 3 grey image after a sample that must be ignored.
        float[] values = {99f, -1.5f, 0f, 1.5f};
        assertArrayEquals(new int[] {0xFF000000, 0xFF808080, 0xFFFFFFFF}, Thumbnails.argb(values, 1, new int[] {1, 3, 1}));
    }

    @Test
    void threeChannelsGiveColourAndAFlatImageIsBlack() {
        assertArrayEquals(new int[] {0xFFFF0000, 0xFF0000FF}, Thumbnails.argb(new float[] {1, 0, 0, 0, 0, 1}, 0, new int[] {1, 2, 3}));
        assertArrayEquals(new int[] {0xFF000000, 0xFF000000}, Thumbnails.argb(new float[] {0.3f, 0.3f}, 0, new int[] {1, 2, 1}));
        assertTrue(Thumbnails.isImage(new int[] {28, 28, 1}));
        assertFalse(Thumbnails.isImage(new int[] {4}));
        assertFalse(Thumbnails.isImage(new int[] {12, 4, 2}));
    }
}
