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
