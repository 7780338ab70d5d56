package org.neurocanvas.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * How to read a CSV or TSV file: which column holds the label, what to do with missing values, and
 * optionally the shape to give each sample. The delimiter, the decimal mark and the header are
 * detected (see {@link CsvLoader}).
 *
 * @param labelName   the label column's header name, or null to choose it by index
 * @param labelIndex  the label column's 0-based index, or -1 for the last column; used when
 *                    labelName is null
 * @param missing     the policy for missing values
 * @param sampleShape the shape of one sample, e.g. {8, 8, 1} for 64 pixel columns, or null for a
 *                    flat vector of all feature columns
 */
public record CsvOptions(String labelName, int labelIndex, MissingValues missing, int[] sampleShape) {

    /** Validates the index and copies the shape. */
    public CsvOptions {
        Objects.requireNonNull(missing, "missing");
        if (labelIndex < -1) {
            throw new IllegalArgumentException("Setting 'labelColumn' must be a column index >= 0 (or -1 for the"
                    + " last column), found " + labelIndex + ".");
        }
        sampleShape = sampleShape == null ? null : sampleShape.clone();
    }

    /** The label in the last column, missing values fail, samples are flat. */
    public static CsvOptions defaults() {
        return new CsvOptions(null, -1, MissingValues.FAIL, null);
    }

    /** The same options with the label in the column of this header name. */
    public CsvOptions labelColumn(String name) {
        return new CsvOptions(Objects.requireNonNull(name, "name"), -1, missing, sampleShape);
    }

    /** The same options with the label in the column at this 0-based index (-1: the last). */
    public CsvOptions labelColumn(int index) {
        return new CsvOptions(null, index, missing, sampleShape);
    }

    /** The same options with another missing-value policy. */
    public CsvOptions missing(MissingValues policy) {
        return new CsvOptions(labelName, labelIndex, policy, sampleShape);
    }

    /** The same options with samples of this shape (its product must equal the feature count). */
    public CsvOptions sampleShape(int... shape) {
        return new CsvOptions(labelName, labelIndex, missing, shape);
    }

    /** A copy of the shape, or null for flat samples. */
    @Override
    public int[] sampleShape() {
        return sampleShape == null ? null : sampleShape.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CsvOptions that && Objects.equals(labelName, that.labelName)
                && labelIndex == that.labelIndex && missing == that.missing
                && Arrays.equals(sampleShape, that.sampleShape);
    }

    @Override
    public int hashCode() {
        return Objects.hash(labelName, labelIndex, missing, Arrays.hashCode(sampleShape));
    }

    @Override
    public String toString() {
        return "CsvOptions[label=" + (labelName != null ? "'" + labelName + "'" : labelIndex < 0 ? "last" : labelIndex)
                + ", missing=" + missing + ", sampleShape=" + Arrays.toString(sampleShape) + "]";
    }
}
