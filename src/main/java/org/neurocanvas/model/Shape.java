package org.neurocanvas.model;

import java.util.Arrays;

/**
 * The shape of one sample flowing along a wire, without the batch dimension, which stays
 * symbolic ("None" in summaries, as in Keras).
 */
public record Shape(int... dims) {

    public Shape {
        dims = dims.clone();
        for (int d : dims) {
            if (d < 1) {
                throw new IllegalArgumentException("Every dimension of a shape must be at least 1, found " + Arrays.toString(dims) + ".");
            }
        }
    }

    public static Shape vector(int n) {
        return new Shape(n);
    }

    /**
     * Parses "2", "28x28x1" or "28,28,1".
     *
     * @throws IllegalArgumentException with a sentence naming what was found
     */
    public static Shape parse(String text) {
        String[] parts = text.trim().split("\\s*[x×,]\\s*");
        int[] dims = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                dims[i] = Integer.parseInt(parts[i]);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Expected a shape such as 2 or 28x28x1, found '" + text + "'.");
        }
        return new Shape(dims);
    }

    public int rank() {
        return dims.length;
    }

    public int dim(int i) {
        return dims[i];
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }

    /** Number of scalars in one sample. */
    public long size() {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    /** Keras style, with the batch dimension: {@code (None, 64)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(None");
        for (int d : dims) {
            sb.append(", ").append(d);
        }
        return sb.append(')').toString();
    }

    /** Compact text for the canvas and project files: {@code 28x28x1}. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dims.length; i++) {
            sb.append(i == 0 ? "" : "x").append(dims[i]);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }
}
