package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetStorageTest {

    /** Three samples of two bytes: 0 255 / 51 102 / 204 153, labels 0 1 0. */
    private static Dataset bytes() {
        byte[] values = {0, (byte) 255, 51, 102, (byte) 204, (byte) 153};
        return Dataset.ofBytes("bytes", values, 1f / 255, new int[] {2, 1, 1}, new int[] {0, 1, 0}, 2,
                List.of("a", "b"));
    }

    @Test
    void aByteBackedSetReadsBytesTimesTheScale() {
        Dataset data = bytes();
        assertEquals(1f, data.feature(0, 1));
        assertEquals(0.2f, data.feature(1, 0), 1e-7);
        assertArrayEquals(new float[] {0, 1, 0.2f, 0.4f, 0.8f, 0.6f}, data.features(), 1e-7f);
        assertEquals(6, data.featureBytes());
    }

    @Test
    void gatherConvertsOnlyTheBatch() {
        float[] x = new float[4];
        float[] y = new float[2];
        bytes().gather(new int[] {2, 0, 1}, 0, 2, x, y);
        assertArrayEquals(new float[] {0.8f, 0.6f, 0, 1}, x, 1e-7f);
        assertArrayEquals(new float[] {0, 0}, y);
    }

    @Test
    void subsetAndSplitStayByteBacked() {
        Dataset data = bytes();
        Dataset subset = data.subset(new int[] {1, 1});
        assertEquals(4, subset.featureBytes());
        assertArrayEquals(new float[] {0.2f, 0.4f, 0.2f, 0.4f}, subset.features(), 1e-7f);
        Split split = data.split(0.3, 1);
        assertEquals(split.train().size() * 2L, split.train().featureBytes());
    }

    @Test
    void aFloatSetTakesFourBytesPerValue() {
        Dataset data = new Dataset("floats", new float[6], new int[] {3}, new int[2], 1, List.of("a"));
        assertEquals(24, data.featureBytes());
    }

    @Test
    void sixtyThousandMnistImagesTakeFortySevenMegabytesNotOneHundredEightyEight() {
        int n = 60_000;
        int pixels = 28 * 28;
        byte[] values = new byte[n * pixels];
        values[values.length - 1] = (byte) 255;
        Dataset data = Dataset.ofBytes("mnist", values, 1f / 255, new int[] {28, 28, 1}, new int[n], 10,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        assertEquals(47_040_000L, data.featureBytes());
        assertTrue(data.featureBytes() * 4 == (long) n * pixels * Float.BYTES);
        float[] x = new float[pixels];
        data.gather(new int[] {n - 1}, 0, 1, x, new float[1]);
        assertEquals(1f, x[pixels - 1]);
    }

    @Test
    void ofBytesCopiesItsArray() {
        byte[] values = {10, 20};
        Dataset data = Dataset.ofBytes("copy", values, 1, new int[] {1}, new int[] {0, 0}, 1, List.of("a"));
        values[0] = 99;
        assertEquals(10f, data.feature(0, 0));
    }

    @Test
    void ofBytesRejectsAnUndefinedScaleOrAMismatchedLength() {
        IllegalArgumentException scale = assertThrows(IllegalArgumentException.class,
                () -> Dataset.ofBytes("bad", new byte[1], Float.NaN, new int[] {1}, new int[1], 1, List.of("a")));
        assertEquals("Data set 'bad' has byte scale NaN, expected a finite number.", scale.getMessage());
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> Dataset.ofBytes("bad", new byte[5], 1, new int[] {3}, new int[2], 1, List.of("a")));
        assertEquals("Data set 'bad' has 2 labels of 3 features each, expected 6 feature values, found 5.",
                length.getMessage());
    }
}
