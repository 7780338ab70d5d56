package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void rejectsSettingsTooSmall() {
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> SequenceTasks.parity(10, 1, 1));
        assertEquals("Setting 'length' of sequence task 'parity' must be >= 2, found 1.", length.getMessage());
        IllegalArgumentException symbols = assertThrows(IllegalArgumentException.class,
                () -> SequenceTasks.firstEqualsLast(10, 5, 1, 1));
        assertEquals("Setting 'symbols' of sequence task 'firstEqualsLast' must be >= 2, found 1.",
                symbols.getMessage());
    }
}
