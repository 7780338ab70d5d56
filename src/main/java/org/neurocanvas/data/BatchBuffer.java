package org.neurocanvas.data;

/**
 * One batch handed out by a {@link BatchLoader}: the first {@link #count()} samples of x and of y
 * hold the batch, the rest is left over from earlier batches. The arrays are lent, not given: they
 * are refilled once the next batch has been asked for.
 */
public final class BatchBuffer {

    private final float[] x;
    private final float[] y;
    private int index;
    private int count;

    BatchBuffer(float[] x, float[] y) {
        this.x = x;
        this.y = y;
    }

    /** Records which batch the arrays now hold; the loader's queue publishes it to the reader. */
    void fill(int batchIndex, int samples) {
        index = batchIndex;
        count = samples;
    }

    /** The features, count x featureCount values, sample after sample. */
    public float[] x() {
        return x;
    }

    /** The targets, count x targetWidth values (a class as its index), sample after sample. */
    public float[] y() {
        return y;
    }

    /** The 0-based number of this batch in its epoch. */
    public int index() {
        return index;
    }

    /** The number of samples in this batch: the batch size, or fewer for the last batch of an epoch. */
    public int count() {
        return count;
    }
}
