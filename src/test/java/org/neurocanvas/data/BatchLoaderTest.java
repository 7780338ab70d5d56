package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchLoaderTest {

    private static final Augmentation SHIFT_AND_FLIP = new Augmentation(0, 0, 0.25, true, 0.3);

    /** 23 images of 4 x 4 x 1 whose pixels are sample + pixel / 100, labels sample % 3. */
    private static Dataset images() {
        float[] x = new float[23 * 16];
        int[] labels = new int[23];
        for (int i = 0; i < 23; i++) {
            labels[i] = i % 3;
            for (int p = 0; p < 16; p++) {
                x[i * 16 + p] = i + p / 100f;
            }
        }
        return new Dataset("images", x, new int[] {4, 4, 1}, labels, 3, List.of("a", "b", "c"));
    }

    /** Every batch of the epoch as the loader hands it out: copies of x and y (one class per sample). */
    private static float[][][] drain(BatchLoader loader) {
        float[][][] batches = new float[5][][];
        int b = 0;
        while (loader.hasNext()) {
            BatchBuffer batch = loader.next();
            assertEquals(b, batch.index());
            batches[b++] = new float[][] {Arrays.copyOf(batch.x(), batch.count() * 16),
                Arrays.copyOf(batch.y(), batch.count())};
        }
        return Arrays.copyOf(batches, b);
    }

    @Test
    void handsOutTheBatchesOfTheEpochInOrder() {
        Dataset data = images();
        Batches batches = new Batches(23, 5, 9);
        float[][][] loaded;
        try (BatchLoader loader = new BatchLoader(data, batches, 2, Augmentation.NONE, 1)) {
            loaded = drain(loader);
            assertThrows(NoSuchElementException.class, loader::next);
        }
        assertEquals(5, loaded.length);
        int[] order = batches.order(2);
        for (int b = 0; b < 5; b++) {
            int count = Math.min(5, 23 - 5 * b);
            float[] x = new float[count * 16];
            float[] y = new float[count];
            data.gather(order, 5 * b, count, x, y);
            assertArrayEquals(x, loaded[b][0], "batch " + b);
            assertArrayEquals(y, loaded[b][1], "batch " + b);
        }
    }

    @Test
    void augmentationDependsOnlyOnTheSeedEpochAndBatchNotOnTiming() {
        Dataset data = images();
        Batches batches = new Batches(23, 5, 9);
        float[][][] loaded;
        try (BatchLoader loader = new BatchLoader(data, batches, 1, SHIFT_AND_FLIP, 77)) {
            loaded = drain(loader);
        }
        int[] order = batches.order(1);
        for (int b = 0; b < 5; b++) {
            int count = Math.min(5, 23 - 5 * b);
            float[] x = new float[count * 16];
            data.gather(order, 5 * b, count, x, new float[count]);
            SHIFT_AND_FLIP.apply(x, count, data.sampleShape(), new Random(BatchLoader.batchSeed(77, 1, b)));
            assertArrayEquals(x, loaded[b][0], "batch " + b);
        }
        float[] plain = new float[5 * 16];
        data.gather(order, 0, 5, plain, new float[5]);
        assertFalse(Arrays.equals(plain, loaded[0][0]), "the batch was augmented");
        try (BatchLoader otherEpoch = new BatchLoader(data, new Batches(23, 5, 9), 2, SHIFT_AND_FLIP, 77)) {
            assertFalse(Arrays.equals(loaded[0][0], otherEpoch.next().x()));
        }
    }

    @Test
    void anAugmentedReconstructionTargetsTheAugmentedInput() {
        Dataset auto = images().reconstruction();
        try (BatchLoader loader = new BatchLoader(auto, new Batches(23, 5, 3), 0, SHIFT_AND_FLIP, 5)) {
            while (loader.hasNext()) {
                BatchBuffer batch = loader.next();
                assertArrayEquals(Arrays.copyOf(batch.x(), batch.count() * 16),
                        Arrays.copyOf(batch.y(), batch.count() * 16));
            }
        }
    }

    @Test
    void aFailureWhilePreparingIsASentenceOnTheTrainingThread() {
        Dataset flat = Dataset.regression("flat", new float[6], new int[] {3}, new float[2], 1);
        try (BatchLoader loader = new BatchLoader(flat, new Batches(2, 2, 1), 0, SHIFT_AND_FLIP, 1)) {
            IllegalStateException error = assertThrows(IllegalStateException.class, loader::next);
            assertEquals("Preparing batch 1 of 1 failed: Augmentation works on images of shape height x width x"
                    + " channels, found shape [3].", error.getMessage());
            assertEquals(error, assertThrows(IllegalStateException.class, loader::next), "asking again does not hang");
        }
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> new BatchLoader(flat, new Batches(5, 2, 1), 0, Augmentation.NONE, 1));
        assertEquals("Batches for 5 samples cannot cover data set 'flat' of 2 samples.", mismatch.getMessage());
    }

    @Test
    void closingInTheMiddleOfAnEpochEndsTheLoaderThread() {
        BatchLoader loader = new BatchLoader(images(), new Batches(23, 2, 1), 4, Augmentation.NONE, 1);
        loader.next();
        loader.close();
        boolean running = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("batch-loader images epoch 4") && t.isAlive());
        assertFalse(running);
    }

    @Test
    void theFullFashionMnistIsBatchedFromItsBytes() throws Exception {
        assumeTrue(KnownDataset.FASHION_MNIST_60K.available(), "dataset-fashion-mnist is not installed");
        Dataset train = KnownDataset.FASHION_MNIST_60K.load();
        int[] perClass = new int[10];
        int batchCount = 0;
        try (BatchLoader loader = new BatchLoader(train, new Batches(train.size(), 64, 3), 0, Augmentation.NONE, 3)) {
            while (loader.hasNext()) {
                BatchBuffer batch = loader.next();
                for (int i = 0; i < batch.count(); i++) {
                    perClass[(int) batch.y()[i]]++;
                }
                batchCount++;
            }
        }
        assertEquals(938, batchCount);
        int[] expected = new int[10];
        Arrays.fill(expected, 6000);
        assertArrayEquals(expected, perClass);
    }
}
