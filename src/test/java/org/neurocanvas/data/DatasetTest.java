package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    /** Four samples of shape {1, 3}; sample i holds 10i, 10i+1, 10i+2. */
    private static Dataset fourSamples() {
        float[] features = new float[12];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                features[i * 3 + j] = 10 * i + j;
            }
        }
        return new Dataset("tiny", features, new int[] {1, 3}, new int[] {0, 1, 2, 1}, 3,
                List.of("a", "b", "c"));
    }

    @Test
    void describesItsShape() {
        Dataset data = fourSamples();
        assertEquals("tiny", data.name());
        assertEquals(4, data.size());
        assertEquals(3, data.featureCount());
        assertArrayEquals(new int[] {1, 3}, data.sampleShape());
        assertEquals(3, data.classes());
        assertEquals(List.of("a", "b", "c"), data.classNames());
        assertEquals(21f, data.feature(2, 1));
    }

    @Test
    void reshapedKeepsTheValuesAndTargetsUnderAnotherShape() {
        Dataset flat = fourSamples().reshaped(3);
        assertArrayEquals(new int[] {3}, flat.sampleShape());
        assertEquals(21f, flat.feature(2, 1));
        assertArrayEquals(new int[] {0, 1, 2, 1}, flat.labels());
        assertEquals("Data set 'tiny' has samples of [1, 3], expected a shape of as many values, found [2, 2].",
                assertThrows(IllegalArgumentException.class, () -> fourSamples().reshaped(2, 2)).getMessage());
    }

    @Test
    void cannotBeChangedThroughItsArrays() {
        float[] features = new float[] {1, 2};
        int[] labels = new int[] {0, 1};
        int[] shape = new int[] {1};
        Dataset data = new Dataset("copy", features, shape, labels, 2, List.of("a", "b"));
        features[0] = 99;
        labels[0] = 1;
        shape[0] = 2;
        data.features()[1] = 99;
        data.labels()[1] = 0;
        data.sampleShape()[0] = 5;

        assertArrayEquals(new float[] {1, 2}, data.features());
        assertArrayEquals(new int[] {0, 1}, data.labels());
        assertArrayEquals(new int[] {1}, data.sampleShape());
    }

    @Test
    void subsetTakesTheSamplesInTheGivenOrder() {
        Dataset subset = fourSamples().subset(new int[] {3, 0, 3});
        assertEquals(3, subset.size());
        assertArrayEquals(new float[] {30, 31, 32, 0, 1, 2, 30, 31, 32}, subset.features());
        assertArrayEquals(new int[] {1, 0, 1}, subset.labels());
        assertArrayEquals(new int[] {1, 3}, subset.sampleShape());
        assertEquals(List.of("a", "b", "c"), subset.classNames());
    }

    @Test
    void gatherCopiesTheChosenRowsAndLabels() {
        float[] x = new float[9];
        float[] y = new float[3];
        fourSamples().gather(new int[] {0, 2, 1, 3}, 1, 2, x, y);
        assertArrayEquals(new float[] {20, 21, 22, 10, 11, 12, 0, 0, 0}, x);
        assertArrayEquals(new float[] {2, 1, 0}, y);
    }

    @Test
    void gatherRejectsBuffersTooSmall() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> fourSamples().gather(new int[] {0, 1}, 0, 2, new float[5], new float[2]));
        assertEquals("Batch buffers of data set 'tiny' are too small for 2 samples: expected x of 6"
                + " and y of 2 values, found 5 and 2.", error.getMessage());
    }

    @Test
    void rejectsFeaturesThatDoNotMatchTheLabels() {
        assertMessage("Data set 'bad' has 2 labels of 3 features each, expected 6 feature values, found 5.",
                () -> new Dataset("bad", new float[5], new int[] {3}, new int[2], 1, List.of("a")));
    }

    @Test
    void rejectsLabelsOutOfRange() {
        assertMessage("Data set 'bad' has label 2 at sample 1, expected a class in [0, 2).",
                () -> new Dataset("bad", new float[3], new int[] {1}, new int[] {0, 2, 1}, 2, List.of("a", "b")));
        assertMessage("Data set 'bad' has label -1 at sample 0, expected a class in [0, 2).",
                () -> new Dataset("bad", new float[1], new int[] {1}, new int[] {-1}, 2, List.of("a", "b")));
    }

    @Test
    void rejectsAClassNameCountThatDiffersFromTheClasses() {
        assertMessage("Data set 'bad' has 2 classes, expected as many class names, found 1.",
                () -> new Dataset("bad", new float[1], new int[] {1}, new int[] {0}, 2, List.of("a")));
    }

    @Test
    void rejectsNoClasses() {
        assertMessage("Data set 'bad' must have at least 1 class, found 0.",
                () -> new Dataset("bad", new float[0], new int[] {1}, new int[0], 0, List.of()));
    }

    @Test
    void rejectsAnEmptyOrZeroSampleShape() {
        assertMessage("Data set 'bad' has sample shape [2, 0], expected at least one dimension"
                        + " and every dimension >= 1.",
                () -> new Dataset("bad", new float[0], new int[] {2, 0}, new int[0], 1, List.of("a")));
        assertMessage("Data set 'bad' has sample shape [], expected at least one dimension"
                        + " and every dimension >= 1.",
                () -> new Dataset("bad", new float[0], new int[0], new int[0], 1, List.of("a")));
    }

    @Test
    void mayBeEmpty() {
        Dataset empty = fourSamples().subset(new int[0]);
        assertEquals(0, empty.size());
        assertEquals(3, empty.featureCount());
    }

    private static void assertMessage(String expected, Runnable construction) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, construction::run);
        assertEquals(expected, error.getMessage());
    }
}
