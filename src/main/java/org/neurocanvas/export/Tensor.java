package org.neurocanvas.export;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named float32 array in C (row-major) order, as a bundle stores it: a trained parameter such as
 * {@code dense_1/W} of shape [in, out], or a running statistic such as {@code batchnorm_1/moving_mean}.
 * Immutable: the arrays are copied in and out.
 *
 * @param name   the engine's name of the tensor
 * @param shape  the engine's shape of the tensor
 * @param values shape's product of values, row-major
 */
public record Tensor(String name, long[] shape, float[] values) {

    /** Copies the arrays and checks that they fit each other. */
    public Tensor {
        Objects.requireNonNull(name, "name");
        shape = shape.clone();
        values = values.clone();
        if (size(shape) != values.length) {
            throw new IllegalArgumentException("Tensor " + name + " of shape " + Arrays.toString(shape) + " needs "
                    + size(shape) + " values, found " + values.length + ".");
        }
    }

    /** The shape (a copy). */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The values, row-major (a copy). */
    @Override
    public float[] values() {
        return values.clone();
    }

    /**
     * The values with the axes reordered, as numpy's {@code transpose(axes)}: axis i of the result
     * is axis {@code axes[i]} of this tensor. The exports use it to turn the engine's layouts into
     * those of other frameworks.
     */
    float[] permuted(int... axes) {
        int rank = shape.length;
        long[] outShape = new long[rank];
        for (int i = 0; i < rank; i++) {
            outShape[i] = shape[axes[i]];
        }
        long[] strides = new long[rank];
        for (int i = rank - 1, stride = 1; i >= 0; stride *= shape[i], i--) {
            strides[i] = stride;
        }
        float[] out = new float[values.length];
        int[] index = new int[rank];
        for (int o = 0; o < out.length; o++) {
            long from = 0;
            for (int i = 0; i < rank; i++) {
                from += index[i] * strides[axes[i]];
            }
            out[o] = values[(int) from];
            for (int i = rank - 1; i >= 0 && ++index[i] == outShape[i]; i--) {
                index[i] = 0;
            }
        }
        return out;
    }

    /** The number of values: the product of the shape, 1 for a scalar. */
    static long size(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && name.equals(t.name) && Arrays.equals(shape, t.shape) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(shape), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
