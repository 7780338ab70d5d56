package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void everyEpochCoversEveryIndexExactlyOnce() {
        Batches batches = new Batches(103, 10, 42);
        for (int epoch = 0; epoch < 5; epoch++) {
            int[] sorted = batches.order(epoch);
            Arrays.sort(sorted);
            assertArrayEquals(IntStream.range(0, 103).toArray(), sorted);
        }
    }

    @Test
    void eachEpochHasItsOwnOrder() {
        Batches batches = new Batches(50, 8, 42);
        assertFalse(Arrays.equals(batches.order(0), batches.order(1)));
        assertFalse(Arrays.equals(batches.order(1), batches.order(2)));
        assertFalse(Arrays.equals(IntStream.range(0, 50).toArray(), batches.order(0)));
    }

    @Test
    void theOrderDependsOnlyOnSeedAndEpoch() {
        Batches batches = new Batches(50, 8, 42);
        int[] third = batches.order(3);
        batches.order(0);
        assertArrayEquals(third, batches.order(3));
        assertArrayEquals(third, new Batches(50, 8, 42).order(3));
        assertArrayEquals(third, new Batches(50, 32, 42).order(3));
        assertFalse(Arrays.equals(third, new Batches(50, 8, 43).order(3)));
    }

    @Test
    void theLastBatchIsSmallerWhenTheSizeDoesNotDivide() {
        Batches batches = new Batches(103, 10, 1);
        assertEquals(11, batches.batchesPerEpoch());
        assertEquals(10, batches.batchSize());
        int lastBatch = batches.order(0).length - (batches.batchesPerEpoch() - 1) * batches.batchSize();
        assertEquals(3, lastBatch);
    }

    @Test
    void countsBatchesForExactAndDegenerateSizes() {
        assertEquals(10, new Batches(100, 10, 1).batchesPerEpoch());
        assertEquals(1, new Batches(5, 64, 1).batchesPerEpoch());
        assertEquals(0, new Batches(0, 64, 1).batchesPerEpoch());
        assertEquals(0, new Batches(0, 64, 1).order(0).length);
    }

    @Test
    void rejectsABatchSizeBelowOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Batches(10, 0, 1));
        assertEquals("Setting 'batchSize' must be >= 1, found 0.", error.getMessage());
    }

    @Test
    void rejectsANegativeSizeOrEpoch() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> new Batches(-1, 4, 1));
        assertEquals("The number of samples to batch must be >= 0, found -1.", size.getMessage());
        IllegalArgumentException epoch = assertThrows(IllegalArgumentException.class,
                () -> new Batches(10, 4, 1).order(-1));
        assertEquals("Epochs count from 0, found epoch -1.", epoch.getMessage());
    }
}
