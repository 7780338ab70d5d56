package org.neurocanvas.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How to read a CSV or TSV file: which column holds the label and whether it names a class or a
 * number to predict, which columns are left out, what to do with missing values, and optionally the
 * shape to give each sample. The delimiter, the decimal mark and the header are detected (see
 * {@link CsvLoader}).
 *
 * @param labelName   the label column's header name, or null to choose it by index
 * @param labelIndex  the label column's 0-based index, or -1 for the last column; used when
 *                    labelName is null
 * @param missing     the policy for missing values
 * @param sampleShape the shape of one sample, e.g. {8, 8, 1} for 64 pixel columns, or null for a
 *                    flat vector of all feature columns
 * @param regression  true when the label column holds numbers to predict (regression targets)
 *                    rather than classes
 * @param excluded    the names of columns that are neither features nor the label (an id, a name):
 *                    their values are not read, so a gap or a text in them is no problem
 */
public record CsvOptions(String labelName, int labelIndex, MissingValues missing, int[] sampleShape,
        boolean regression, List<String> excluded) {

    /** Validates the index and copies the shape. */
    public CsvOptions {
        Objects.requireNonNull(missing, "missing");
        excluded = List.copyOf(excluded);
        if (labelIndex < -1) {
            throw new IllegalArgumentException("Setting 'labelColumn' must be a column index >= 0 (or -1 for the"
                    + " last column), found " + labelIndex + ".");
        }
        sampleShape = sampleShape == null ? null : sampleShape.clone();
    }

    /** The label in the last column names a class, missing values fail, samples are flat. */
    public static CsvOptions defaults() {
        return new CsvOptions(null, -1, MissingValues.FAIL, null, false, List.of());
    }

    /** The same options with the label in the column of this header name. */
    public CsvOptions labelColumn(String name) {
        return new CsvOptions(Objects.requireNonNull(name, "name"), -1, missing, sampleShape, regression, excluded);
    }

    /** The same options with the label in the column at this 0-based index (-1: the last). */
    public CsvOptions labelColumn(int index) {
        return new CsvOptions(null, index, missing, sampleShape, regression, excluded);
    }

    /** The same options with another missing-value policy. */
    public CsvOptions missing(MissingValues policy) {
        return new CsvOptions(labelName, labelIndex, policy, sampleShape, regression, excluded);
    }

    /** The same options with samples of this shape (its product must equal the feature count). */
    public CsvOptions sampleShape(int... shape) {
        return new CsvOptions(labelName, labelIndex, missing, shape, regression, excluded);
    }

    /**
     * The same options with the label read as a number to predict (true) or as a class (false). A
     * regression label must be a number on every row; the split is then not stratified.
     */
    public CsvOptions regression(boolean numericTarget) {
        return new CsvOptions(labelName, labelIndex, missing, sampleShape, numericTarget, excluded);
    }

    /** The same options with these columns, by header name ("column 3" without a header), left out. */
    public CsvOptions exclude(List<String> columns) {
        return new CsvOptions(labelName, labelIndex, missing, sampleShape, regression, columns);
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
                && Arrays.equals(sampleShape, that.sampleShape) && regression == that.regression
                && excluded.equals(that.excluded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(labelName, labelIndex, missing, Arrays.hashCode(sampleShape), regression, excluded);
    }

    @Override
    public String toString() {
        return "CsvOptions[label=" + (labelName != null ? "'" + labelName + "'" : labelIndex < 0 ? "last" : labelIndex)
                + (regression ? " (regression)" : "") + ", missing=" + missing + ", sampleShape="
                + Arrays.toString(sampleShape) + (excluded.isEmpty() ? "" : ", excluded=" + excluded) + "]";
    }
}
