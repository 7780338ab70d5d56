package org.neurocanvas.data;

import java.util.Random;

/**
 * The order of samples for each epoch: a fresh shuffle per epoch from the seed, cut into batches
 * (the last may be smaller).
 *
 * <p>Batch b of an epoch is {@code order(epoch)[b * batchSize ..]}, at most batchSize long. Each
 * epoch's shuffle depends only on the seed and the epoch number, so training that resumes at
 * epoch 7 sees exactly the order it would have seen without stopping. An order is one int per sample:
 * the samples themselves are never copied, and {@link BatchLoader} gathers each batch from it.
 */
public final class Batches {

    /** The golden-ratio increment of SplitMix64: spreads consecutive epochs far apart. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final int size;
    private final int batchSize;
    private final long seed;

    /**
     * @param size      the number of samples in the data set
     * @param batchSize the number of samples per batch, at least 1
     * @param seed      the seed all epochs' shuffles derive from
     * @throws IllegalArgumentException with a sentence when size is negative or batchSize below 1
     */
    public Batches(int size, int batchSize, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("The number of samples to batch must be >= 0, found " + size + ".");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("Setting 'batchSize' must be >= 1, found " + batchSize + ".");
        }
        this.size = size;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    /** The number of batches that cover the data set once: the last one may be smaller. */
    public int batchesPerEpoch() {
        return (int) ((size + (long) batchSize - 1) / batchSize);
    }

    /** The sample order for the given epoch (0-based): deterministic for (seed, epoch). */
    public int[] order(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("Epochs count from 0, found epoch " + epoch + ".");
        }
        return Shuffle.permutation(size, new Random(epochSeed(epoch)));
    }

    /** The number of samples the batches cover. */
    public int size() {
        return size;
    }

    /** The number of samples per batch (the last batch of an epoch may hold fewer). */
    public int batchSize() {
        return batchSize;
    }

    /**
     * SplitMix64's finaliser over seed and epoch: java.util.Random keeps only 48 bits of its
     * seed and correlates nearby seeds, so consecutive epochs would otherwise start alike.
     */
    private long epochSeed(int epoch) {
        long z = seed + (epoch + 1L) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
