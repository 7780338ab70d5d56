package org.neurocanvas.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a labelled table from a CSV or TSV file (gzipped or not) into a {@link Dataset}.
 *
 * <ul>
 *   <li>Delimiter: ',', ';' or tab, whichever splits the first lines most consistently. With ';'
 *       a comma may also be the decimal mark ("5,1").</li>
 *   <li>Header: detected (text above numbers, or names that do not recur below). Without one the
 *       columns are called "column 1", "column 2", ...</li>
 *   <li>Label: the last column unless the options name another. Whole numbers or names; classes are
 *       sorted (numerically or alphabetically), not taken in order of appearance, so a training
 *       file and a test file with the same classes number them alike. With
 *       {@link CsvOptions#regression} the label is instead a number to predict, a target of width 1.</li>
 *   <li>Features: every other column. A column where numbers outnumber texts is numeric, and a text
 *       in it is an error; otherwise it is categorical and one-hot encoded in sorted order.</li>
 *   <li>Missing values (empty, NA, N/A, NaN, ?) follow {@link MissingValues}.</li>
 *   <li>Storage: bytes when every feature value is a whole number in 0..255 (pixel tables such as
 *       a 60,000-row MNIST CSV then take 47 MB), floats otherwise; the values read the same.</li>
 * </ul>
 * Every problem is a {@link DataFileException} naming the file, line and column.
 */
public final class CsvLoader {

    private CsvLoader() {
    }

    /** Loads the file with the {@link CsvOptions#defaults() default options}: label last, missing values fail. */
    public static Dataset load(Path file) throws DataFileException {
        return load(file, CsvOptions.defaults());
    }

    /** Loads the file; the data set is named after the file. */
    public static Dataset load(Path file, CsvOptions options) throws DataFileException {
        return load(DataSource.of(file), options);
    }

    /**
     * Summarises the file without building the data set: format, columns and their types, classes,
     * missing values (counted, not judged, whatever the policy).
     *
     * @throws DataFileException for problems in the file's structure: field counts, text in a
     *                           numeric column, too many categories
     */
    public static CsvReport inspect(Path file, CsvOptions options) throws DataFileException {
        CsvScan scan = CsvScan.run(DataSource.of(file), options);
        CsvEncoding encoding = CsvEncoding.of(scan);
        List<ColumnSummary> columns = new ArrayList<>();
        for (int j = 0; j < scan.columns.length; j++) {
            columns.add(summary(scan, j));
        }
        return new CsvReport(scan.source.name(), scan.delimiter, scan.decimalComma, scan.header, scan.rows,
                scan.rowsWithMissing, rowsKept(scan), columns, scan.labelColumn, encoding.classNames,
                Arrays.stream(encoding.classCounts()).boxed().toList(), encoding.featureCount);
    }

    /**
     * The first rows of the file as written (unquoted), with the column names; for a preview grid.
     *
     * @param rows the most data rows to return, at least 0
     * @throws DataFileException for an empty or unreadable file, an open quote or a row with the
     *                           wrong number of fields among the rows read
     */
    public static CsvPreview preview(Path file, int rows) throws DataFileException {
        if (rows < 0) {
            throw new IllegalArgumentException("A preview shows at least 0 rows, found " + rows + ".");
        }
        CsvScan scan = CsvScan.format(DataSource.of(file));
        List<List<String>> first = new ArrayList<>();
        scan.forEachRow((line, fields) -> first.add(List.of(fields)), rows);
        return new CsvPreview(scan.names, first);
    }

    private static ColumnSummary summary(CsvScan scan, int j) {
        CsvColumn column = scan.columns[j];
        boolean label = j == scan.labelColumn;
        boolean numeric = label ? column.onlyNumbers() && column.numbers > 0 : column.numeric();
        boolean listed = !numeric || label && !scan.regression;
        return new ColumnSummary(column.name, numeric ? ColumnSummary.Type.NUMERIC : ColumnSummary.Type.CATEGORICAL,
                column.missing, numeric ? column.min : Double.NaN, numeric ? column.max : Double.NaN,
                numeric ? column.mean() : Double.NaN, numeric ? column.std() : Double.NaN,
                listed ? column.sortedValues() : List.of(), listed ? column.sortedCounts() : List.of());
    }

    /** Loads any source (a file or a resource that ships with the application). */
    static Dataset load(DataSource source, CsvOptions options) throws DataFileException {
        CsvScan scan = CsvScan.run(source, options);
        CsvEncoding encoding = CsvEncoding.of(scan);
        checkMissing(scan);
        int[] shape = options.sampleShape() == null ? new int[] {encoding.featureCount} : options.sampleShape();
        if (Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b) != encoding.featureCount) {
            throw new DataFileException(source.name() + ": expected a sample shape whose product is the "
                    + encoding.featureCount + " feature values of a row, found " + Arrays.toString(shape) + ".");
        }
        int kept = rowsKept(scan);
        if ((long) kept * encoding.featureCount > Integer.MAX_VALUE) {
            throw new DataFileException(source.name() + ": expected at most " + Integer.MAX_VALUE
                    + " feature values in all, found " + (long) kept * encoding.featureCount + ".");
        }
        boolean bytes = encoding.fitsBytes();
        int width = encoding.featureCount;
        float[] floats = bytes ? null : new float[kept * width];
        byte[] raw = bytes ? new byte[kept * width] : null;
        int[] labels = new int[kept];
        float[] targets = scan.regression ? new float[kept] : null;
        float[] row = new float[width];
        int[] next = {0};
        scan.forEachRow((line, fields) -> {
            if (scan.dropped(fields)) {
                return;
            }
            int sample = next[0]++;
            encoding.encode(fields, row);
            if (bytes) {
                for (int k = 0; k < width; k++) {
                    raw[sample * width + k] = (byte) row[k];
                }
            } else {
                System.arraycopy(row, 0, floats, sample * width, width);
            }
            if (scan.regression) {
                targets[sample] = encoding.target(fields);
            } else {
                labels[sample] = encoding.label(fields);
            }
        });
        Features features = bytes ? new Features.Bytes(raw, 1f, width) : new Features.Floats(floats, width);
        if (scan.regression) {
            return new Dataset(source.name(), features, shape, new Targets.Values(targets, 1));
        }
        return new Dataset(source.name(), features, shape, labels, encoding.classNames.size(), encoding.classNames);
    }

    private static int rowsKept(CsvScan scan) {
        return scan.policy == MissingValues.DROP_ROW ? scan.rows - scan.rowsWithMissing : scan.rows;
    }

    /** The sentences that depend on the missing-value policy, checked only when loading. */
    private static void checkMissing(CsvScan scan) throws DataFileException {
        CsvColumn first = null;
        for (CsvColumn column : scan.columns) {
            if (column.missing > 0 && (first == null || column.firstMissingLine < first.firstMissingLine)) {
                first = column;
            }
        }
        CsvColumn label = scan.columns[scan.labelColumn];
        if (scan.policy == MissingValues.FAIL && first != null) {
            throw scan.at(first.firstMissingLine, first, "expected a value, found " + describe(first.firstMissing)
                    + " (missing values can be dropped or filled with the mean)");
        }
        if (scan.policy == MissingValues.FILL_MEAN && label.missing > 0) {
            throw scan.at(label.firstMissingLine, label, "expected " + (scan.regression ? "a target" : "a class label")
                    + ", found " + describe(label.firstMissing) + ", and a label cannot be filled with a mean");
        }
        if (rowsKept(scan) == 0) {
            throw new DataFileException(scan.source.name() + ": expected at least one data row, found none"
                    + (scan.rows > 0 ? " left after dropping " + scan.rows + " rows with missing values" : "") + ".");
        }
        for (CsvColumn column : scan.columns) {
            if (column.numbers + column.texts == 0) {
                throw scan.at(column, "expected at least one value, found only missing values");
            }
        }
    }

    private static String describe(String missing) {
        return missing.isEmpty() ? "an empty field" : "'" + missing + "', which marks a missing value";
    }
}
