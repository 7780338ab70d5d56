package org.neurocanvas.train;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.data.Dataset;

/**
 * One batch as engine arrays: features [count, ...sample shape] and targets: integer class labels
 * [count], or [count, ...target shape] for a regression or a reconstruction.
 */
record Batch(INDArray features, INDArray labels) {

    /** Copies the first {@code count} samples of the gathered buffers into float32 arrays. */
    static Batch of(float[] x, float[] y, int count, int[] sampleShape, int[] targetShape) {
        int width = Math.toIntExact(size(targetShape));
        int capacity = y.length / width;
        float[] xs = count == capacity ? x : Arrays.copyOf(x, count * (x.length / capacity));
        float[] ys = count == capacity ? y : Arrays.copyOf(y, count * width);
        long[] labels = width == 1 ? new long[] {count} : withBatch(count, targetShape);
        return new Batch(Nd4j.create(xs, withBatch(count, sampleShape), 'c'), Nd4j.create(ys, labels, 'c'));
    }

    /** The gather buffer of the targets of {@code count} samples. */
    static float[] targetBuffer(Dataset data, int count) {
        return new float[count * data.targetWidth()];
    }

    private static long[] withBatch(int count, int[] shape) {
        long[] dims = new long[shape.length + 1];
        dims[0] = count;
        for (int i = 0; i < shape.length; i++) {
            dims[i + 1] = shape[i];
        }
        return dims;
    }

    private static long size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }
}
