package org.neurocanvas.data;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The batches of one epoch, each gathered (and augmented) on a background thread while the one
 * before it trains.
 *
 * <p>Two buffers take turns: {@link #next()} hands out one while the loader fills the other, and
 * takes the first back on the following call. Nothing else is allocated per batch and the data set
 * is never copied: samples are read through {@link Batches#order}, one int per sample. The order is
 * {@link Batches}' for this epoch and each batch's augmentation draws from its own generator seeded
 * by (seed, epoch, batch), so the batches are the same whatever the timing of the two threads, and
 * an epoch resumed alone gives what it gave in a full run.
 *
 * <p>Use it from one thread, in a try-with-resources block: {@link #close()} stops the loader when
 * training stops in the middle of an epoch.
 */
public final class BatchLoader implements AutoCloseable {

    /** One buffer being trained on, one being filled. */
    private static final int BUFFERS = 2;

    private final int batchCount;
    private final BlockingQueue<BatchBuffer> free = new ArrayBlockingQueue<>(BUFFERS);
    /** Filled buffers in batch order, or the failure that stopped the loader. */
    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final Thread worker;
    private BatchBuffer lent;
    private int handedOut;
    /** Set once preparing a batch failed: the loader has stopped, and every later call says why. */
    private IllegalStateException failure;

    /**
     * Starts loading the first batch of the epoch.
     *
     * @param data         the samples to batch
     * @param batches      the order and batch size (made for data.size() samples)
     * @param epoch        the 0-based epoch whose order to follow
     * @param augmentation applied to every batch (NONE for validation, test or no augmentation)
     * @param seed         the seed of the augmentation's draws
     * @throws IllegalArgumentException when batches was made for another number of samples
     */
    public BatchLoader(Dataset data, Batches batches, int epoch, Augmentation augmentation, long seed) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(augmentation, "augmentation");
        if (batches.size() != data.size()) {
            throw new IllegalArgumentException("Batches for " + batches.size() + " samples cannot cover data set '"
                    + data.name() + "' of " + data.size() + " samples.");
        }
        int[] order = batches.order(epoch);
        batchCount = batches.batchesPerEpoch();
        int size = Math.min(batches.batchSize(), Math.max(data.size(), 1));
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new BatchBuffer(new float[Math.multiplyExact(size, data.featureCount())],
                    new float[Math.multiplyExact(size, data.targetWidth())]));
        }
        worker = new Thread(() -> fill(data, batches.batchSize(), order, epoch, augmentation, seed),
                "batch-loader " + data.name() + " epoch " + epoch);
        worker.setDaemon(true);
        worker.start();
    }

    private void fill(Dataset data, int batchSize, int[] order, int epoch, Augmentation augmentation, long seed) {
        try {
            for (int b = 0; b < batchCount; b++) {
                BatchBuffer buffer = free.take();
                int count = Math.min(batchSize, data.size() - b * batchSize);
                data.gather(order, b * batchSize, count, buffer.x(), buffer.y());
                if (!augmentation.isNone()) {
                    augmentation.apply(buffer.x(), count, data.sampleShape(), new Random(batchSeed(seed, epoch, b)));
                    if (data.isReconstruction()) {
                        // An autoencoder reproduces what it is shown, augmented or not.
                        System.arraycopy(buffer.x(), 0, buffer.y(), 0, count * data.featureCount());
                    }
                }
                buffer.fill(b, count);
                ready.put(buffer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            ready.add(e);
        }
    }

    /** The seed of one batch's augmentation: SplitMix64's finaliser over (seed, epoch, batch). */
    static long batchSeed(long seed, int epoch, int batch) {
        long z = seed + ((long) epoch << 32 | batch) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** True while the epoch has batches not yet handed out. */
    public boolean hasNext() {
        return handedOut < batchCount;
    }

    /**
     * The next batch, waiting for it if the loader is behind. The buffer handed out before this
     * one goes back to the loader: read a batch before asking for the next.
     *
     * @throws NoSuchElementException when the epoch has no more batches
     * @throws IllegalStateException with the loader's sentence when preparing the batch failed
     */
    public BatchBuffer next() {
        if (!hasNext()) {
            throw new NoSuchElementException("Epoch has only " + batchCount + " batches.");
        }
        if (failure != null) {
            throw failure;
        }
        if (lent != null) {
            free.add(lent);
            lent = null;
        }
        Object item;
        try {
            item = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for batch " + (handedOut + 1) + ".", e);
        }
        if (item instanceof RuntimeException cause) {
            failure = new IllegalStateException("Preparing batch " + (handedOut + 1) + " of " + batchCount
                    + " failed: " + cause.getMessage(), cause);
            throw failure;
        }
        handedOut++;
        lent = (BatchBuffer) item;
        return lent;
    }

    /** Stops the loader thread and waits for it to end. */
    @Override
    public void close() {
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
