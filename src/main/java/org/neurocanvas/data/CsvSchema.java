package org.neurocanvas.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How the columns of a CSV file become features and a target: numbers as they are, categories
 * one-hot in sorted order, the label as a class index or, for regression, as the number to predict;
 * columns the options exclude become nothing.
 *
 * <p>Planned from the first file a project names ({@link CsvLoader#read}) and reused for its
 * validation or test file ({@link CsvLoader#load(java.nio.file.Path, CsvSchema)}), so both encode
 * alike: the same feature order, one-hot categories and classes, and missing values filled with
 * the first file's means. A second file's columns are matched by header name when both files have
 * a header, else by position; a missing or extra column, or a category or class the first file
 * did not have, is a sentence naming both files.
 */
public final class CsvSchema {

    /** Categories listed in a sentence before it says "...". */
    private static final int LISTED = 10;

    private final String file;
    private final CsvOptions options;
    private final boolean header;
    private final List<String> names;
    private final int labelColumn;
    /** Per column: left out, so it gives no features and its values are never read. */
    private final boolean[] excluded;
    /** Where each column's features start; the label column and excluded ones have none. */
    private final int[] offsets;
    /** Per column: its categories in one-hot order (the classes, for the label), or null for numbers. */
    private final List<Lookup> lookups = new ArrayList<>();
    /** Per numeric feature column: the first file's mean, which fills its missing values. */
    private final double[] means;
    /** Per categorical feature column: each category's share of the first file's rows, which fills a gap. */
    private final List<float[]> shares = new ArrayList<>();
    private final int featureCount;

    private CsvSchema(CsvScan scan, CsvOptions options) {
        this.file = scan.source.name();
        this.options = options;
        this.header = scan.header;
        this.names = List.copyOf(scan.names);
        this.labelColumn = scan.labelColumn;
        this.excluded = scan.excluded.clone();
        int n = scan.columns.length;
        offsets = new int[n];
        means = new double[n];
        int offset = 0;
        for (int j = 0; j < n; j++) {
            CsvColumn column = scan.columns[j];
            boolean label = j == labelColumn;
            boolean categorical = label ? !options.regression() : !excluded[j] && !column.numeric();
            Lookup lookup = categorical ? new Lookup(column) : null;
            lookups.add(lookup);
            offsets[j] = offset;
            means[j] = column.mean();
            shares.add(categorical && !label ? sharesOf(column, lookup.values) : null);
            offset += label || excluded[j] ? 0 : categorical ? lookup.values.size() : 1;
        }
        featureCount = offset;
    }

    /**
     * Plans the encoding of a scanned first file.
     *
     * @throws DataFileException for text in a numeric column, too many categories or classes,
     *                           fractional numbers in a numeric class column, or text as a target
     */
    static CsvSchema plan(CsvScan scan, CsvOptions options) throws DataFileException {
        for (int j = 0; j < scan.columns.length; j++) {
            CsvColumn column = scan.columns[j];
            if (scan.excluded[j]) {
                continue;
            }
            if (j == scan.labelColumn && options.regression()) {
                checkNumbers(scan, column, "a number to predict (a regression target)");
            } else if (j == scan.labelColumn) {
                if (column.tooManyValues()) {
                    throw scan.at(column, "expected at most " + CsvColumn.MAX_CATEGORIES
                            + " classes in the label column, found more");
                }
                if (column.onlyNumbers() && column.firstFractionLine > 0) {
                    throw scan.at(column.firstFractionLine, column,
                            "expected a class label (a whole number or a name), found '" + column.firstFraction + "'");
                }
            } else if (column.numeric()) {
                checkNumbers(scan, column, "a number");
            } else if (column.tooManyValues()) {
                throw scan.at(column, "expected at most " + CsvColumn.MAX_CATEGORIES
                        + " distinct values to encode as categories, found more");
            }
        }
        return new CsvSchema(scan, options);
    }

    private static void checkNumbers(CsvScan scan, CsvColumn column, String expected) throws DataFileException {
        if (column.texts > 0) {
            throw scan.at(column.firstTextLine, column, "expected " + expected + ", found '" + column.firstText + "'");
        }
    }

    /** The mean of a one-hot column is the share of rows holding each category. */
    private static float[] sharesOf(CsvColumn column, List<String> values) {
        float[] result = new float[values.size()];
        List<Integer> counts = column.sortedCounts();
        int present = column.numbers + column.texts;
        for (int k = 0; k < result.length; k++) {
            result[k] = (float) counts.get(k) / present;
        }
        return result;
    }

    /** The name of the file the schema was planned from. */
    public String file() {
        return file;
    }

    /** The options the first file was read with; a second file is read with the same. */
    public CsvOptions options() {
        return options;
    }

    /** Every column name in the first file's order, the label column included. */
    public List<String> columnNames() {
        return names;
    }

    /** The name of the label column. */
    public String labelName() {
        return names.get(labelColumn);
    }

    /** The classes in sorted order; empty for a regression target. */
    public List<String> classNames() {
        return options.regression() ? List.of() : lookups.get(labelColumn).values;
    }

    /** The names of the columns left out of the features, in the file's order. */
    public List<String> excludedNames() {
        return IntStream.range(0, names.size()).filter(j -> excluded[j]).mapToObj(names::get).toList();
    }

    /** The categories of a categorical feature column in one-hot order; empty for a numeric column, an excluded one or the label. */
    public List<String> categories(String column) {
        int j = names.indexOf(column);
        return j < 0 || j == labelColumn || lookups.get(j) == null ? List.of() : lookups.get(j).values;
    }

    /** The number of values per sample after one-hot encoding. */
    public int featureCount() {
        return featureCount;
    }

    /**
     * Where each of this schema's columns lies in a scanned file: by header name when both files
     * have one, else by position. Sets the scan's label column.
     *
     * @throws DataFileException naming both files when a column is missing or extra
     */
    int[] match(CsvScan scan) throws DataFileException {
        String other = scan.source.name();
        int[] mapping = new int[names.size()];
        if (header && scan.header) {
            List<String> missing = names.stream().filter(name -> !scan.names.contains(name)).toList();
            if (!missing.isEmpty()) {
                throw new DataFileException(other + ": expected the columns of " + file + ", found no column "
                        + quoted(missing) + " among " + quoted(scan.names) + ".");
            }
            List<String> extra = scan.names.stream().filter(name -> !names.contains(name)).toList();
            if (!extra.isEmpty()) {
                throw new DataFileException(other + ": expected only the columns of " + file + " (" + quoted(names)
                        + "), found also " + quoted(extra) + ".");
            }
            Arrays.setAll(mapping, j -> scan.names.indexOf(names.get(j)));
        } else {
            if (scan.names.size() != names.size()) {
                throw new DataFileException(other + ": expected " + names.size() + " columns as in " + file
                        + ", found " + scan.names.size() + ".");
            }
            Arrays.setAll(mapping, j -> j);
        }
        scan.labelColumn = mapping[labelColumn];
        for (int j = 0; j < mapping.length; j++) {
            scan.excluded[mapping[j]] = excluded[j];
        }
        for (int j = 0; j < mapping.length; j++) {
            CsvColumn column = scan.columns[mapping[j]];
            if (!excluded[j] && (j == labelColumn ? options.regression() : lookups.get(j) == null)) {
                checkNumbers(scan, column, j == labelColumn ? "a number to predict (a regression target)" : "a number");
            }
        }
        return mapping;
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }

    /** True when every feature value of the scanned file is a whole number in 0..255, so the set can be byte-backed. */
    boolean fitsBytes(CsvScan scan, int[] mapping) {
        for (int j = 0; j < mapping.length; j++) {
            CsvColumn column = scan.columns[mapping[j]];
            boolean filled = options.missing() == MissingValues.FILL_MEAN && column.missing > 0;
            if (j != labelColumn && !excluded[j] && (filled || lookups.get(j) == null && !column.bytesOnly)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes the features of one kept row into row[0..featureCount).
     *
     * @throws DataFileException for a category the first file did not have
     */
    void encode(CsvScan scan, int[] mapping, int line, String[] fields, float[] row) throws DataFileException {
        for (int j = 0; j < mapping.length; j++) {
            if (j == labelColumn || excluded[j]) {
                continue;
            }
            String field = fields[mapping[j]];
            boolean missing = CsvSyntax.isMissing(field);
            Lookup lookup = lookups.get(j);
            if (lookup == null) {
                row[offsets[j]] = (float) (missing ? means[j] : CsvSyntax.number(field, scan.decimalComma));
            } else if (missing) {
                System.arraycopy(shares.get(j), 0, row, offsets[j], lookup.values.size());
            } else {
                Arrays.fill(row, offsets[j], offsets[j] + lookup.values.size(), 0f);
                row[offsets[j] + lookup.indexOf(field, scan, mapping[j], line, "categories")] = 1f;
            }
        }
    }

    /**
     * The class index of a kept row's label.
     *
     * @throws DataFileException for a class the first file did not have
     */
    int label(CsvScan scan, int[] mapping, int line, String[] fields) throws DataFileException {
        return lookups.get(labelColumn).indexOf(fields[mapping[labelColumn]], scan, mapping[labelColumn], line,
                "classes");
    }

    /** The regression target of a kept row. */
    float target(CsvScan scan, int[] mapping, String[] fields) {
        return (float) CsvSyntax.number(fields[mapping[labelColumn]], scan.decimalComma);
    }

    /** A column's distinct values in sorted order and how a written value finds its index. */
    private final class Lookup {

        final List<String> values;
        /** The first file's written values, e.g. "1" and "1.0" both for the class named "1". */
        private final Map<String, Integer> written;
        /** The values as numbers when the first file wrote only numbers (compared by value), else null. */
        private final double[] numbers;

        Lookup(CsvColumn column) {
            values = column.sortedValues();
            written = column.indexOfValues();
            numbers = column.onlyNumbers() ? values.stream().mapToDouble(v -> CsvSyntax.number(v, false)).toArray()
                    : null;
        }

        int indexOf(String field, CsvScan scan, int fileColumn, int line, String kind) throws DataFileException {
            Integer index = written.get(field);
            if (index != null) {
                return index;
            }
            int found = numbers == null ? -1 : Arrays.binarySearch(numbers, CsvSyntax.number(field, true));
            if (found >= 0) {
                return found;
            }
            String listed = values.stream().limit(LISTED).collect(Collectors.joining(", "))
                    + (values.size() > LISTED ? ", ..." : "");
            throw scan.at(line, scan.columns[fileColumn], "expected one of the " + kind + " of " + file + " ("
                    + listed + "), found '" + field + "'");
        }
    }
}
