package org.neurocanvas.train;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** One batch as engine arrays: features [count, ...sample shape] and integer labels [count]. */
record Batch(INDArray features, INDArray labels) {

    /** Copies the first {@code count} samples of the gathered buffers into float32 arrays. */
    static Batch of(float[] x, float[] y, int count, int[] sampleShape) {
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = count;
        for (int i = 0; i < sampleShape.length; i++) {
            shape[i + 1] = sampleShape[i];
        }
        int features = x.length / y.length;
        float[] xs = count == y.length ? x : Arrays.copyOf(x, count * features);
        float[] ys = count == y.length ? y : Arrays.copyOf(y, count);
        return new Batch(Nd4j.create(xs, shape, 'c'), Nd4j.create(ys, new long[] {count}, 'c'));
    }
}
