package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AugmentationTest {

    /** A 4 x 4 x 2 image whose channel 0 is 1 + index and channel 1 is -(1 + index). */
    private static float[] image() {
        float[] x = new float[32];
        for (int p = 0; p < 16; p++) {
            x[2 * p] = 1 + p;
            x[2 * p + 1] = -(1 + p);
        }
        return x;
    }

    private static void flip(float[] x) {
        Augmentation.transform(x, 0, 4, 4, 2, 0, 1, 0, 0, true, 1, new float[32]);
    }

    @Test
    void aFlipMirrorsLeftToRightAndTwiceIsTheIdentity() {
        float[] x = image();
        flip(x);
        assertEquals(4f, x[0]);
        assertEquals(-1f, x[2 * 3 + 1]);
        flip(x);
        assertArrayEquals(image(), x);
    }

    @Test
    void zeroStrengthsChangeNothing() {
        float[] batch = new float[64];
        System.arraycopy(image(), 0, batch, 0, 32);
        System.arraycopy(image(), 0, batch, 32, 32);
        float[] before = batch.clone();
        Augmentation.NONE.apply(batch, 2, new int[] {4, 4, 2}, new Random(1));
        new Augmentation(0, 0, 0, false, 0).apply(batch, 2, new int[] {4, 4, 2}, new Random(1));
        assertArrayEquals(before, batch);
        assertTrue(Augmentation.NONE.isNone());
    }

    @Test
    void aQuarterTurnMovesTheTopLeftCornerToTheBottomLeft() {
        float[] x = new float[16];
        x[0] = 1; // top left
        x[3] = 2; // top right
        Augmentation.transform(x, 0, 4, 4, 1, 90, 1, 0, 0, false, 1, new float[16]);
        float[] expected = new float[16];
        expected[12] = 1; // bottom left
        expected[0] = 2; // top left
        assertArrayEquals(expected, x, 1e-5f);
    }

    @Test
    void aShiftMovesContentAndFillsWithZero() {
        float[] x = new float[16];
        Arrays.fill(x, 1);
        Augmentation.transform(x, 0, 4, 4, 1, 0, 1, 1, 0, false, 1, new float[16]);
        for (int y = 0; y < 4; y++) {
            assertEquals(0f, x[y * 4]);
            assertEquals(1f, x[y * 4 + 3]);
        }
    }

    @Test
    void theSameSeedGivesTheSameBatchAndEverySampleItsOwnChange() {
        Augmentation strong = new Augmentation(30, 0.2, 0.1, true, 0.3);
        float[] a = new float[64];
        System.arraycopy(image(), 0, a, 0, 32);
        System.arraycopy(image(), 0, a, 32, 32);
        float[] b = a.clone();
        strong.apply(a, 2, new int[] {4, 4, 2}, new Random(5));
        strong.apply(b, 2, new int[] {4, 4, 2}, new Random(5));
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(Arrays.copyOf(a, 32), Arrays.copyOfRange(a, 32, 64)));
    }

    @Test
    void brightnessMultipliesWithinItsRange() {
        float[] x = new float[16];
        Arrays.fill(x, 1);
        new Augmentation(0, 0, 0, false, 0.25).apply(x, 1, new int[] {4, 4, 1}, new Random(3));
        assertTrue(x[0] >= 0.75f && x[0] <= 1.25f && x[0] != 1f, "brightness " + x[0]);
        assertTrue(allEqual(x));
    }

    @Test
    void rejectsStrengthsOutOfRangeAndShapesThatAreNoImages() {
        IllegalArgumentException rotation = assertThrows(IllegalArgumentException.class,
                () -> new Augmentation(-5, 0, 0, false, 0));
        assertEquals("Setting 'rotationDegrees' of augmentation must be from 0 to 180.0, found -5.0.",
                rotation.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> Augmentation.NONE.apply(new float[4], 1, new int[] {4}, new Random(1)));
        assertEquals("Augmentation works on images of shape height x width x channels, found shape [4].",
                shape.getMessage());
    }

    private static boolean allEqual(float[] x) {
        for (float v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }
}
