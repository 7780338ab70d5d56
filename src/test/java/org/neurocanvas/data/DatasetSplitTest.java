package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DatasetSplitTest {

    /** 100 one-feature samples whose feature is their index: 50 of class 0, 30 of class 1, 20 of class 2. */
    private static Dataset unbalanced() {
        float[] features = new float[100];
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            features[i] = i;
            labels[i] = i < 50 ? 0 : i < 80 ? 1 : 2;
        }
        return new Dataset("unbalanced", features, new int[] {1}, labels, 3, List.of("a", "b", "c"));
    }

    @Test
    void sizesFollowTheFraction() {
        Split split = unbalanced().split(0.2, 1);
        assertEquals(80, split.train().size());
        assertEquals(20, split.validation().size());
    }

    @Test
    void everySampleLandsOnExactlyOneSide() {
        Split split = unbalanced().split(0.3, 5);
        float[] all = new float[100];
        System.arraycopy(split.train().features(), 0, all, 0, split.train().size());
        System.arraycopy(split.validation().features(), 0, all, split.train().size(), split.validation().size());
        Arrays.sort(all);
        float[] expected = new float[100];
        IntStream.range(0, 100).forEach(i -> expected[i] = i);
        assertArrayEquals(expected, all);
    }

    @Test
    void eachClassKeepsItsProportion() {
        Split split = unbalanced().split(0.2, 3);
        assertArrayEquals(new int[] {10, 6, 4}, classCounts(split.validation()));
        assertArrayEquals(new int[] {40, 24, 16}, classCounts(split.train()));
    }

    @Test
    void leftOverSamplesGoWhereTheyAreDueAndTheTotalIsRounded() {
        // Shares 12.5, 7.5 and 5 round down to 12, 7 and 5; the 25th goes to the first largest remainder.
        Split split = unbalanced().split(0.25, 3);
        assertEquals(25, split.validation().size());
        assertArrayEquals(new int[] {13, 7, 5}, classCounts(split.validation()));
    }

    @Test
    void labelsTravelWithTheirSamples() {
        Split split = unbalanced().split(0.4, 9);
        for (Dataset side : List.of(split.train(), split.validation())) {
            for (int i = 0; i < side.size(); i++) {
                float original = side.feature(i, 0);
                int expected = original < 50 ? 0 : original < 80 ? 1 : 2;
                assertEquals(expected, side.labels()[i]);
            }
        }
    }

    @Test
    void bothSidesAreShuffled() {
        Split split = unbalanced().split(0.5, 11);
        assertFalse(isSorted(split.train().features()));
        assertFalse(isSorted(split.validation().features()));
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        Dataset data = unbalanced();
        assertArrayEquals(data.split(0.2, 4).validation().features(), data.split(0.2, 4).validation().features());
        assertNotEquals(Arrays.toString(data.split(0.2, 4).validation().features()),
                Arrays.toString(data.split(0.2, 5).validation().features()));
    }

    @Test
    void aFractionOfZeroLeavesTheValidationSideEmpty() {
        Split split = unbalanced().split(0, 1);
        assertEquals(100, split.train().size());
        assertEquals(0, split.validation().size());
        assertEquals(3, split.validation().classes());
    }

    @Test
    void rejectsAFractionOutsideZeroToOne() {
        for (double fraction : new double[] {-0.1, 1, 1.5, Double.NaN}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> unbalanced().split(fraction, 1));
            assertEquals("Setting 'validationFraction' of data set 'unbalanced' must be >= 0 and < 1, found "
                    + fraction + ".", error.getMessage());
        }
    }

    @Test
    void aTestPartIsHeldBackFromBothOthersStratifiedAndFromTheSeed() {
        Split split = unbalanced().split(0.2, 0.3, 6);
        assertEquals(50, split.train().size());
        assertEquals(20, split.validation().size());
        assertEquals(30, split.test().size());
        assertArrayEquals(new int[] {15, 9, 6}, classCounts(split.test()));
        assertArrayEquals(new int[] {10, 6, 4}, classCounts(split.validation()));
        assertArrayEquals(new int[] {25, 15, 10}, classCounts(split.train()));

        float[] all = new float[100];
        int at = 0;
        for (Dataset part : List.of(split.train(), split.validation(), split.test())) {
            System.arraycopy(part.features(), 0, all, at, part.size());
            at += part.size();
        }
        Arrays.sort(all);
        float[] expected = new float[100];
        IntStream.range(0, 100).forEach(i -> expected[i] = i);
        assertArrayEquals(expected, all, "every sample in exactly one part");

        Split again = unbalanced().split(0.2, 0.3, 6);
        assertArrayEquals(split.test().features(), again.test().features());
        assertArrayEquals(split.train().features(), again.train().features());
        assertNotEquals(Arrays.toString(split.test().features()), Arrays.toString(unbalanced().split(0.2, 0.3, 7).test().features()));
        float[] validatingAlone = unbalanced().split(0.2, 6).validation().features();
        float[] validating = split.validation().features();
        Arrays.sort(validatingAlone);
        Arrays.sort(validating);
        assertArrayEquals(validatingAlone, validating, "holding back a test part does not change which samples validate");
    }

    @Test
    void withoutClassesTheTestPartIsDrawnAtRandom() {
        Dataset numbers = Dataset.regression("numbers", new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, new int[] {1},
                new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 1);
        Split split = numbers.split(0.3, 0.2, 2);
        assertEquals(List.of(5, 3, 2), List.of(split.train().size(), split.validation().size(), split.test().size()));
        float[] all = new float[10];
        System.arraycopy(split.train().features(), 0, all, 0, 5);
        System.arraycopy(split.validation().features(), 0, all, 5, 3);
        System.arraycopy(split.test().features(), 0, all, 8, 2);
        Arrays.sort(all);
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, all);
    }

    @Test
    void theTwoHeldBackPartsMustLeaveSamplesToTrainOn() {
        assertEquals("Settings 'validationFraction' (0.5) and 'testFraction' (0.5) of data set 'unbalanced' must add up to less than 1, "
                + "leaving samples to train on.", assertThrows(IllegalArgumentException.class, () -> unbalanced().split(0.5, 0.5, 1)).getMessage());
        assertEquals("Setting 'testFraction' of data set 'unbalanced' must be >= 0 and < 1, found -0.1.",
                assertThrows(IllegalArgumentException.class, () -> unbalanced().split(0.2, -0.1, 1)).getMessage());
        assertEquals(0, unbalanced().split(0.2, 1).test().size(), "a two-way split holds no test part back");
    }

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.classes()];
        Arrays.stream(data.labels()).forEach(label -> counts[label]++);
        return counts;
    }

    private static boolean isSorted(float[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
