package org.neurocanvas.data;

import java.util.Objects;

/**
 * Where a {@link Dataset} keeps its feature values: floats, or bytes with a scale, optionally seen
 * through a per-feature affine transform. Only a gathered batch is ever converted to floats, so a
 * 60,000-image set stays at one byte per pixel (47 MB) instead of four (188 MB).
 *
 * <p>Values lie sample after sample, {@link #width()} per sample, in one array (so at most
 * {@code Integer.MAX_VALUE} in all). Implementations never change after construction and may be
 * shared between data sets.
 */
sealed interface Features permits Features.Floats, Features.Bytes, Features.Scaled {

    /** The number of values per sample. */
    int width();

    /** The number of values held in all. */
    int length();

    /** The memory the values occupy, in bytes. */
    long byteCount();

    /** Value j of the given sample. */
    float value(int sample, int j);

    /** Copies the sample's values into dst at offset, as floats. */
    void copySample(int sample, float[] dst, int offset);

    /** The samples at these (already checked) indices, in this order and kind of storage. */
    Features select(int[] indices);

    /** Plain floats, the storage of small and computed data sets. */
    record Floats(float[] values, int width) implements Features {

        @Override
        public int length() {
            return values.length;
        }

        @Override
        public long byteCount() {
            return (long) values.length * Float.BYTES;
        }

        @Override
        public float value(int sample, int j) {
            return values[sample * width + j];
        }

        @Override
        public void copySample(int sample, float[] dst, int offset) {
            System.arraycopy(values, sample * width, dst, offset, width);
        }

        @Override
        public Features select(int[] indices) {
            float[] picked = new float[Math.multiplyExact(indices.length, width)];
            for (int row = 0; row < indices.length; row++) {
                System.arraycopy(values, indices[row] * width, picked, row * width, width);
            }
            return new Floats(picked, width);
        }
    }

    /**
     * Unsigned bytes times a scale: pixels 0..255 with scale 1/255 read as 0..1.
     *
     * @param values the raw bytes, read as 0..255
     * @param scale  what one step of a byte is worth
     */
    record Bytes(byte[] values, float scale, int width) implements Features {

        @Override
        public int length() {
            return values.length;
        }

        @Override
        public long byteCount() {
            return values.length;
        }

        @Override
        public float value(int sample, int j) {
            return (values[sample * width + j] & 0xFF) * scale;
        }

        @Override
        public void copySample(int sample, float[] dst, int offset) {
            int from = sample * width;
            for (int j = 0; j < width; j++) {
                dst[offset + j] = (values[from + j] & 0xFF) * scale;
            }
        }

        @Override
        public Features select(int[] indices) {
            byte[] picked = new byte[Math.multiplyExact(indices.length, width)];
            for (int row = 0; row < indices.length; row++) {
                System.arraycopy(values, indices[row] * width, picked, row * width, width);
            }
            return new Bytes(picked, scale, width);
        }
    }

    /**
     * Another storage seen through (value - shift[j]) * factor[j] for feature j, so scaling a
     * byte-backed set costs two small arrays instead of a float copy of every value.
     */
    record Scaled(Features raw, float[] shift, float[] factor) implements Features {

        public Scaled {
            Objects.requireNonNull(raw, "raw");
            if (shift.length != raw.width() || factor.length != raw.width()) {
                throw new IllegalArgumentException("One shift and one factor per feature are needed");
            }
        }

        @Override
        public int width() {
            return raw.width();
        }

        @Override
        public int length() {
            return raw.length();
        }

        @Override
        public long byteCount() {
            return raw.byteCount();
        }

        @Override
        public float value(int sample, int j) {
            return (raw.value(sample, j) - shift[j]) * factor[j];
        }

        @Override
        public void copySample(int sample, float[] dst, int offset) {
            raw.copySample(sample, dst, offset);
            for (int j = 0; j < shift.length; j++) {
                dst[offset + j] = (dst[offset + j] - shift[j]) * factor[j];
            }
        }

        @Override
        public Features select(int[] indices) {
            return new Scaled(raw.select(indices), shift, factor);
        }
    }
}
