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
 *   <li>Features: every other column but those the options leave out. A column where numbers outnumber texts is numeric, and a text
 *       in it is an error; otherwise it is categorical and one-hot encoded in sorted order.</li>
 *   <li>Missing values (empty, NA, N/A, NaN, ?) follow {@link MissingValues}.</li>
 *   <li>Storage: bytes when every feature value is a whole number in 0..255 (pixel tables such as
 *       a 60,000-row MNIST CSV then take 47 MB), floats otherwise; the values read the same.</li>
 * </ul>
 * A project's validation or test file is read with the {@link CsvSchema} of its training file
 * ({@link #read} then {@link #load(Path, CsvSchema)}), so both encode alike. Every problem is a
 * {@link DataFileException} naming the file, line and column.
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
     * Loads the file with the schema it plans, so that another file can be loaded to match it.
     *
     * @see #load(Path, CsvSchema)
     */
    public static CsvTable read(Path file, CsvOptions options) throws DataFileException {
        return read(DataSource.of(file), options);
    }

    /**
     * Loads a second file (validation or test) encoded as the file the schema was planned from: its
     * options, its feature order, its one-hot categories and classes, its means for missing values.
     *
     * @throws DataFileException as {@link #load(Path, CsvOptions)}, and naming both files for a
     *                           missing or extra column, an unknown category or an unknown class
     */
    public static Dataset load(Path file, CsvSchema schema) throws DataFileException {
        CsvScan scan = CsvScan.unlabelled(DataSource.of(file), schema.options());
        return build(scan, schema, schema.match(scan));
    }

    /**
     * Summarises the file without building the data set: format, columns and their types, classes,
     * missing values (counted, not judged, whatever the policy).
     *
     * @throws DataFileException for problems in the file's structure: field counts, text in a
     *                           numeric column, too many categories
     */
    public static CsvReport inspect(Path file, CsvOptions options) throws DataFileException {
        return inspect(DataSource.of(file), options);
    }

    /** Summarises any source (a file or a resource that ships with the application): see {@link #inspect(Path, CsvOptions)}. */
    static CsvReport inspect(DataSource source, CsvOptions options) throws DataFileException {
        CsvScan scan = CsvScan.run(source, options);
        CsvSchema schema = CsvSchema.plan(scan, options);
        List<ColumnSummary> columns = new ArrayList<>();
        for (int j = 0; j < scan.columns.length; j++) {
            columns.add(summary(scan, j));
        }
        List<Integer> classCounts = options.regression() ? List.of() : scan.columns[scan.labelColumn].sortedCounts();
        List<String> problems = new ArrayList<>();
        try {
            checkMissing(scan);
        } catch (DataFileException refused) {
            problems.add(refused.getMessage());
        }
        return new CsvReport(scan.source.name(), scan.delimiter, scan.decimalComma, scan.header, scan.rows,
                scan.rowsWithMissing, rowsKept(scan), columns, scan.labelColumn, schema.classNames(), classCounts,
                schema.featureCount(), problems);
    }

    /**
     * The first rows of the file as written (unquoted), with the column names; for a preview grid.
     *
     * @param rows the most data rows to return, at least 0
     * @throws DataFileException for an empty or unreadable file, an open quote or a row with the
     *                           wrong number of fields among the rows read
     */
    public static CsvPreview preview(Path file, int rows) throws DataFileException {
        return preview(DataSource.of(file), rows);
    }

    /** The first rows of any source: see {@link #preview(Path, int)}. */
    static CsvPreview preview(DataSource source, int rows) throws DataFileException {
        if (rows < 0) {
            throw new IllegalArgumentException("A preview shows at least 0 rows, found " + rows + ".");
        }
        CsvScan scan = CsvScan.format(source);
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
        return read(source, options).data();
    }

    private static CsvTable read(DataSource source, CsvOptions options) throws DataFileException {
        CsvScan scan = CsvScan.run(source, options);
        CsvSchema schema = CsvSchema.plan(scan, options);
        int[] sameColumns = new int[scan.columns.length];
        Arrays.setAll(sameColumns, j -> j);
        return new CsvTable(build(scan, schema, sameColumns), schema);
    }

    /** The second pass: encodes the kept rows of a scanned file, schema column j read from field mapping[j]. */
    private static Dataset build(CsvScan scan, CsvSchema schema, int[] mapping) throws DataFileException {
        checkMissing(scan);
        DataSource source = scan.source;
        int width = schema.featureCount();
        int[] shape = schema.options().sampleShape() == null ? new int[] {width} : schema.options().sampleShape();
        if (Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b) != width) {
            throw new DataFileException(source.name() + ": expected a sample shape whose product is the "
                    + width + " feature values of a row, found " + Arrays.toString(shape) + ".");
        }
        int kept = rowsKept(scan);
        if ((long) kept * width > Integer.MAX_VALUE) {
            throw new DataFileException(source.name() + ": expected at most " + Integer.MAX_VALUE
                    + " feature values in all, found " + (long) kept * width + ".");
        }
        boolean bytes = schema.fitsBytes(scan, mapping);
        boolean regression = schema.options().regression();
        float[] floats = bytes ? null : new float[kept * width];
        byte[] raw = bytes ? new byte[kept * width] : null;
        int[] labels = new int[kept];
        float[] targets = regression ? new float[kept] : null;
        float[] row = new float[width];
        int[] next = {0};
        scan.forEachRow((line, fields) -> {
            if (scan.dropped(fields)) {
                return;
            }
            int sample = next[0]++;
            schema.encode(scan, mapping, line, fields, row);
            if (bytes) {
                for (int k = 0; k < width; k++) {
                    raw[sample * width + k] = (byte) row[k];
                }
            } else {
                System.arraycopy(row, 0, floats, sample * width, width);
            }
            if (regression) {
                targets[sample] = schema.target(scan, mapping, fields);
            } else {
                labels[sample] = schema.label(scan, mapping, line, fields);
            }
        });
        Features features = bytes ? new Features.Bytes(raw, 1f, width) : new Features.Floats(floats, width);
        if (regression) {
            return new Dataset(source.name(), features, shape, new Targets.Values(targets, 1));
        }
        List<String> classes = schema.classNames();
        return new Dataset(source.name(), features, shape, labels, classes.size(), classes);
    }

    private static int rowsKept(CsvScan scan) {
        return scan.policy == MissingValues.DROP_ROW ? scan.rows - scan.rowsWithMissing : scan.rows;
    }

    /** The sentences that depend on the missing-value policy, checked only when loading. */
    private static void checkMissing(CsvScan scan) throws DataFileException {
        CsvColumn first = null;
        for (int j = 0; j < scan.columns.length; j++) {
            CsvColumn column = scan.columns[j];
            if (!scan.excluded[j] && column.missing > 0 && (first == null || column.firstMissingLine < first.firstMissingLine)) {
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
        for (int j = 0; j < scan.columns.length; j++) {
            CsvColumn column = scan.columns[j];
            if (!scan.excluded[j] && column.numbers + column.texts == 0) {
                throw scan.at(column, "expected at least one value, found only missing values");
            }
        }
    }

    private static String describe(String missing) {
        return missing.isEmpty() ? "an empty field" : "'" + missing + "', which marks a missing value";
    }
}
