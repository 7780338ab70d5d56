package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceTasksTest {

    @Test
    void parityLabelsCountTheOnesAndAreBalanced() {
        Dataset data = SequenceTasks.parity(101, 12, 7);
        assertArrayEquals(new int[] {12, 1}, data.sampleShape());
        assertEquals(List.of("even", "odd"), data.classNames());
        int[] labels = data.labels();
        for (int i = 0; i < data.size(); i++) {
            int ones = 0;
            for (int t = 0; t < 12; t++) {
                float bit = data.feature(i, t);
                assertEquals(true, bit == 0 || bit == 1);
                ones += (int) bit;
            }
            assertEquals(ones % 2, labels[i]);
        }
        assertEquals(50, Arrays.stream(labels).sum());
        assertArrayEquals(data.features(), SequenceTasks.parity(101, 12, 7).features());
    }

    @Test
    void firstEqualsLastIsOneHotAndLabelledByItsEnds() {
        Dataset data = SequenceTasks.firstEqualsLast(200, 6, 4, 3);
        assertArrayEquals(new int[] {6, 4}, data.sampleShape());
        int[] labels = data.labels();
        for (int i = 0; i < data.size(); i++) {
            int first = -1;
            int last = -1;
            for (int t = 0; t < 6; t++) {
                float sum = 0;
                for (int k = 0; k < 4; k++) {
                    float v = data.feature(i, t * 4 + k);
                    sum += v;
                    if (v == 1 && t == 0) {
                        first = k;
                    }
                    if (v == 1 && t == 5) {
                        last = k;
                    }
                }
                assertEquals(1f, sum);
            }
            assertEquals(first == last ? 1 : 0, labels[i]);
        }
        assertEquals(100, Arrays.stream(labels).sum());
    }

    @Test
    void recallIsLabelledByTheOpeningSymbolAndBalanced() {
        Dataset data = SequenceTasks.recall(402, 30, 4, 11);
        assertArrayEquals(new int[] {30, 4}, data.sampleShape());
        assertEquals(List.of("symbol 1", "symbol 2", "symbol 3", "symbol 4"), data.classNames());
        int[] labels = data.labels();
        int[] laterSymbolCounts = new int[4];
        for (int i = 0; i < data.size(); i++) {
            assertEquals(1f, data.feature(i, labels[i]));
            for (int t = 0; t < 30; t++) {
                float sum = 0;
                for (int k = 0; k < 4; k++) {
                    sum += data.feature(i, t * 4 + k);
                    laterSymbolCounts[k] += t > 0 && data.feature(i, t * 4 + k) == 1 ? 1 : 0;
                }
                assertEquals(1f, sum);
            }
        }
        assertArrayEquals(new int[] {101, 101, 100, 100}, classCounts(labels, 4));
        // The noise after the first step is uniform: no symbol stands out (402 * 29 / 4 = 2,914 each).
        for (int count : laterSymbolCounts) {
            assertEquals(2914, count, 200);
        }
    }

    @Test
    void palindromesAreLabelledByWhetherTheyReadTheSameBackwards() {
        Dataset data = SequenceTasks.palindromes(1001, 12, 5);
        assertArrayEquals(new int[] {12}, data.sampleShape());
        assertEquals(List.of("not a palindrome", "palindrome"), data.classNames());
        int[] labels = data.labels();
        int[] brokenPairs = new int[7];
        for (int i = 0; i < data.size(); i++) {
            int broken = 0;
            for (int t = 0; t < 12; t++) {
                float token = data.feature(i, t);
                assertEquals(true, token >= 1 && token <= SequenceTasks.TOKENS && token == Math.rint(token));
                broken += t < 6 && token != data.feature(i, 11 - t) ? 1 : 0;
            }
            assertEquals(broken == 0 ? 1 : 0, labels[i]);
            brokenPairs[broken]++;
        }
        assertArrayEquals(new int[] {501, 500}, classCounts(labels, 2));
        // Near misses are there: some non-palindromes differ from one in a single mirrored pair.
        assertTrue(brokenPairs[1] > 40, "non-palindromes with one broken pair: " + brokenPairs[1]);
        assertTrue(brokenPairs[6] > 40, "non-palindromes with every pair broken: " + brokenPairs[6]);
        Dataset odd = SequenceTasks.palindromes(50, 7, 5);
        for (int i = 0; i < odd.size(); i++) {
            boolean mirrored = true;
            for (int t = 0; t < 3; t++) {
                mirrored &= odd.feature(i, t) == odd.feature(i, 6 - t);
            }
            assertEquals(mirrored ? 1 : 0, odd.labels()[i]);
        }
    }

    @Test
    void aBeforeBHoldsEachMarkedTokenOnceAndIsLabelledByTheirOrder() {
        Dataset data = SequenceTasks.order(300, 10, 9);
        assertArrayEquals(new int[] {10}, data.sampleShape());
        assertEquals(List.of("B first", "A first"), data.classNames());
        int[] labels = data.labels();
        int[] firstPlaces = new int[10];
        for (int i = 0; i < data.size(); i++) {
            int a = -1;
            int b = -1;
            for (int t = 0; t < 10; t++) {
                float token = data.feature(i, t);
                if (token == 1) {
                    assertEquals(-1, a);
                    a = t;
                } else if (token == 2) {
                    assertEquals(-1, b);
                    b = t;
                } else {
                    assertTrue(token >= 3 && token <= SequenceTasks.TOKENS);
                }
            }
            assertTrue(a >= 0 && b >= 0);
            assertEquals(a < b ? 1 : 0, labels[i]);
            firstPlaces[Math.min(a, b)]++;
        }
        assertArrayEquals(new int[] {150, 150}, classCounts(labels, 2));
        assertTrue(firstPlaces[5] > 0, "the first marked token is not always near the start");
    }

    @Test
    void everyTaskHasAnIdADescriptionAndTheShapeItGenerates() {
        for (SequenceTask task : SequenceTask.values()) {
            Dataset data = task.generate(40, 9, 1);
            assertArrayEquals(task.sampleShape(9), data.sampleShape(), task.id());
            assertEquals(task, SequenceTask.byId(task.id().toUpperCase()));
            assertTrue(task.description().endsWith("."), task.id());
            assertEquals(task.tokens(), data.sampleShape().length == 1, task.id());
            assertArrayEquals(data.features(), task.generate(40, 9, 1).features(), task.id());
        }
        assertEquals("Unknown sequence task 'addition': expected one of parity, first-equals-last, recall,"
                + " palindrome, a-before-b.",
                assertThrows(IllegalArgumentException.class, () -> SequenceTask.byId("addition")).getMessage());
    }

    private static int[] classCounts(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    @Test
    void rejectsSettingsTooSmall() {
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> SequenceTasks.parity(10, 1, 1));
        assertEquals("Setting 'length' of sequence task 'parity' must be >= 2, found 1.", length.getMessage());
        IllegalArgumentException symbols = assertThrows(IllegalArgumentException.class,
                () -> SequenceTasks.firstEqualsLast(10, 5, 1, 1));
        assertEquals("Setting 'symbols' of sequence task 'firstEqualsLast' must be >= 2, found 1.",
                symbols.getMessage());
        IllegalArgumentException recall = assertThrows(IllegalArgumentException.class,
                () -> SequenceTasks.recall(3, 5, 4, 1));
        assertEquals("Setting 'symbols' of sequence task 'recall' must be >= 2 and at most the 3 samples, found 4.",
                recall.getMessage());
    }
}
