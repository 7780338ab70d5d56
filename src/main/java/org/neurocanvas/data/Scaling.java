package org.neurocanvas.data;

import java.util.Arrays;

/**
 * How features are rescaled before training. Statistics come from the training split only
 * ({@link #fit}), and the same {@link Scaler} then applies to validation, test and prediction
 * inputs, so no information leaks from held-back data into training.
 */
public enum Scaling {

    /** Values as they are. */
    NONE,

    /**
     * Each feature to [0, 1] over the training set: (x - min) / (max - min). A constant feature is
     * only shifted (to 0).
     */
    MIN_MAX,

    /**
     * Each feature to mean 0 and standard deviation 1 over the training set: (x - mean) / std. A
     * constant feature is only shifted (to 0).
     */
    STANDARDIZE;

    /**
     * Measures the training set's per-feature statistics.
     *
     * @throws IllegalArgumentException when the set has no samples to measure
     */
    public Scaler fit(Dataset train) {
        int n = train.size();
        int width = train.featureCount();
        float[] shift = new float[width];
        float[] factor = new float[width];
        Arrays.fill(factor, 1f);
        if (this == NONE) {
            return new Scaler(this, shift, factor);
        }
        if (n == 0) {
            throw new IllegalArgumentException("Cannot fit " + name() + " scaling to data set '" + train.name()
                    + "': expected at least one sample, found none.");
        }
        double[] first = new double[width];
        double[] second = new double[width];
        Arrays.fill(first, this == MIN_MAX ? Double.POSITIVE_INFINITY : 0);
        Arrays.fill(second, this == MIN_MAX ? Double.NEGATIVE_INFINITY : 0);
        float[] row = new float[width];
        for (int i = 0; i < n; i++) {
            train.storage().copySample(i, row, 0);
            for (int j = 0; j < width; j++) {
                if (this == MIN_MAX) {
                    first[j] = Math.min(first[j], row[j]);
                    second[j] = Math.max(second[j], row[j]);
                } else {
                    first[j] += row[j];
                    second[j] += (double) row[j] * row[j];
                }
            }
        }
        for (int j = 0; j < width; j++) {
            double spread;
            if (this == MIN_MAX) {
                shift[j] = (float) first[j];
                spread = second[j] - first[j];
            } else {
                double mean = first[j] / n;
                shift[j] = (float) mean;
                spread = Math.sqrt(Math.max(0, second[j] / n - mean * mean));
            }
            // Float noise can leave a constant feature with a tiny spread: treat it as constant.
            factor[j] = spread > 1e-12 * Math.max(1, Math.abs(shift[j])) ? (float) (1 / spread) : 1f;
        }
        return new Scaler(this, shift, factor);
    }
}
