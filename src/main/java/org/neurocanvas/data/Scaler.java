package org.neurocanvas.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Fitted per-feature scaling, {@code x' = (x - shift[j]) * factor[j]} for feature j: made by
 * {@link Scaling#fit} on a training split and applied to every split and to inputs at prediction
 * time. Plain arrays, so it saves with a model (Jackson writes records as they are).
 *
 * @param scaling how the statistics were turned into shift and factor
 * @param shift   per feature: the training minimum (MIN_MAX) or mean (STANDARDIZE), else 0
 * @param factor  per feature: 1 / range or 1 / standard deviation (1 for a constant feature)
 */
public record Scaler(Scaling scaling, float[] shift, float[] factor) {

    /** Copies the arrays and checks that they match. */
    public Scaler {
        Objects.requireNonNull(scaling, "scaling");
        shift = shift.clone();
        factor = factor.clone();
        if (shift.length != factor.length) {
            throw new IllegalArgumentException("A scaler needs one shift and one factor per feature, found "
                    + shift.length + " shifts and " + factor.length + " factors.");
        }
    }

    /** The number of features this scaler was fitted to. */
    public int featureCount() {
        return shift.length;
    }

    /** The per-feature shifts (a copy). */
    @Override
    public float[] shift() {
        return shift.clone();
    }

    /** The per-feature factors (a copy). */
    @Override
    public float[] factor() {
        return factor.clone();
    }

    /**
     * The data set seen through this scaler. No values are copied: samples are scaled as they are
     * gathered, so a byte-backed set stays byte-backed. NONE returns the set itself.
     *
     * @throws IllegalArgumentException when the feature counts differ
     */
    public Dataset apply(Dataset data) {
        if (data.featureCount() != shift.length) {
            throw new IllegalArgumentException("A scaler fitted to " + shift.length + " features cannot scale"
                    + " data set '" + data.name() + "' of " + data.featureCount() + " features.");
        }
        if (scaling == Scaling.NONE) {
            return data;
        }
        return data.withFeatures(new Features.Scaled(data.storage(), shift, factor));
    }

    /**
     * Scales a batch in place: samples x featureCount values, sample after sample (e.g. an input
     * drawn by the person before prediction).
     */
    public void apply(float[] batch, int samples) {
        int width = shift.length;
        if (batch.length < (long) samples * width) {
            throw new IllegalArgumentException("A batch of " + samples + " samples of " + width + " features needs "
                    + (long) samples * width + " values, found " + batch.length + ".");
        }
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < width; j++) {
                batch[i * width + j] = (batch[i * width + j] - shift[j]) * factor[j];
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scaler that && scaling == that.scaling && Arrays.equals(shift, that.shift)
                && Arrays.equals(factor, that.factor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scaling, Arrays.hashCode(shift), Arrays.hashCode(factor));
    }

    @Override
    public String toString() {
        return "Scaler[" + scaling + ", " + shift.length + " features]";
    }
}
