package org.neurocanvas.data;

import java.util.List;

/**
 * What a {@link Dataset} asks a model to produce for each sample: a class, a vector of numbers, or
 * the sample itself. Each sample's target is {@link #width()} floats wherever it is gathered, so a
 * class is one value (its index) and a loss reads them all the same way.
 *
 * <p>Implementations never change after construction and may be shared between data sets.
 */
sealed interface Targets permits Targets.Classes, Targets.Values, Targets.OwnFeatures {

    /** The number of samples the targets cover. */
    int samples();

    /** The number of floats per sample. */
    int width();

    /** Copies the sample's target into dst at offset; features are the set's own, for {@link OwnFeatures}. */
    void copy(int sample, Features features, float[] dst, int offset);

    /** The targets of the samples at these (already checked) indices, in this order. */
    Targets select(int[] indices);

    /**
     * Class labels for classification.
     *
     * @param labels  the class of each sample, in [0, classes)
     * @param classes the number of classes
     * @param names   one name per class
     */
    record Classes(int[] labels, int classes, List<String> names) implements Targets {

        @Override
        public int samples() {
            return labels.length;
        }

        @Override
        public int width() {
            return 1;
        }

        @Override
        public void copy(int sample, Features features, float[] dst, int offset) {
            dst[offset] = labels[sample];
        }

        @Override
        public Targets select(int[] indices) {
            int[] picked = new int[indices.length];
            for (int row = 0; row < indices.length; row++) {
                picked[row] = labels[indices[row]];
            }
            return new Classes(picked, classes, names);
        }
    }

    /**
     * Numbers to predict (regression): width values per sample, sample after sample.
     *
     * @param values samples * width floats
     * @param width  the number of values per sample, at least 1
     */
    record Values(float[] values, int width) implements Targets {

        @Override
        public int samples() {
            return values.length / width;
        }

        @Override
        public void copy(int sample, Features features, float[] dst, int offset) {
            System.arraycopy(values, sample * width, dst, offset, width);
        }

        @Override
        public Targets select(int[] indices) {
            float[] picked = new float[Math.multiplyExact(indices.length, width)];
            for (int row = 0; row < indices.length; row++) {
                System.arraycopy(values, indices[row] * width, picked, row * width, width);
            }
            return new Values(picked, width);
        }
    }

    /**
     * The features themselves, for autoencoders: read from the set's storage when gathered, so they
     * cost no memory and a scaled set reconstructs its scaled values.
     *
     * @param samples the number of samples
     * @param width   the number of features per sample
     */
    record OwnFeatures(int samples, int width) implements Targets {

        @Override
        public void copy(int sample, Features features, float[] dst, int offset) {
            features.copySample(sample, dst, offset);
        }

        @Override
        public Targets select(int[] indices) {
            return new OwnFeatures(indices.length, width);
        }
    }
}
