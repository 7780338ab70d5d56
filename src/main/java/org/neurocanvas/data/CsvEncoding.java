package org.neurocanvas.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the columns of a scanned CSV file become features and a label: numbers as they are, categories
 * one-hot, the label as a class index or, for regression, as the number to predict. Built after the
 * first pass; its checks raise the sentences that need the whole file (text among numbers, too many
 * categories, a fractional class, text as a regression target).
 */
final class CsvEncoding {

    private final CsvScan scan;
    private final int[] offsets;
    /** For each categorical feature column: the one-hot index of each written value; else null. */
    private final List<Map<String, Integer>> categoryIndex = new ArrayList<>();
    /** For each categorical feature column: its categories in one-hot order; else null. */
    private final List<List<String>> categories = new ArrayList<>();
    /** The classes in sorted order; empty for regression. */
    final List<String> classNames;
    private final Map<String, Integer> classOf;
    final int featureCount;

    private CsvEncoding(CsvScan scan) {
        this.scan = scan;
        int n = scan.columns.length;
        offsets = new int[n];
        int offset = 0;
        for (int j = 0; j < n; j++) {
            CsvColumn column = scan.columns[j];
            boolean categorical = j != scan.labelColumn && !column.numeric();
            offsets[j] = offset;
            categories.add(categorical ? column.sortedValues() : null);
            categoryIndex.add(categorical ? column.indexOfValues() : null);
            offset += categorical ? categories.get(j).size() : j != scan.labelColumn ? 1 : 0;
        }
        featureCount = offset;
        CsvColumn label = scan.columns[scan.labelColumn];
        classNames = scan.regression ? List.of() : label.sortedValues();
        classOf = scan.regression ? Map.of() : label.indexOfValues();
    }

    /**
     * Plans the encoding of a scanned file.
     *
     * @throws DataFileException for text in a numeric column, too many categories or classes, or
     *                           fractional numbers in a numeric label column
     */
    static CsvEncoding of(CsvScan scan) throws DataFileException {
        for (int j = 0; j < scan.columns.length; j++) {
            CsvColumn column = scan.columns[j];
            if (j == scan.labelColumn && scan.regression) {
                if (column.texts > 0) {
                    throw scan.at(column.firstTextLine, column, "expected a number to predict (a regression target),"
                            + " found '" + column.firstText + "'");
                }
            } else if (j == scan.labelColumn) {
                if (column.tooManyValues()) {
                    throw scan.at(column, "expected at most " + CsvColumn.MAX_CATEGORIES
                            + " classes in the label column, found more");
                }
                if (column.onlyNumbers() && column.firstFractionLine > 0) {
                    throw scan.at(column.firstFractionLine, column,
                            "expected a class label (a whole number or a name), found '" + column.firstFraction + "'");
                }
            } else if (column.numeric() && column.texts > 0) {
                throw scan.at(column.firstTextLine, column, "expected a number, found '" + column.firstText + "'");
            } else if (!column.numeric() && column.tooManyValues()) {
                throw scan.at(column, "expected at most " + CsvColumn.MAX_CATEGORIES
                        + " distinct values to encode as categories, found more");
            }
        }
        return new CsvEncoding(scan);
    }

    /** The rows of each class among the kept rows; empty for regression. */
    int[] classCounts() {
        int[] counts = new int[classNames.size()];
        if (scan.regression) {
            return counts;
        }
        scan.columns[scan.labelColumn].counts().forEach((value, rows) -> counts[classOf.get(value)] += rows[0]);
        return counts;
    }

    /** True when every feature value is a whole number in 0..255, so the set can be byte-backed. */
    boolean fitsBytes() {
        for (int j = 0; j < scan.columns.length; j++) {
            CsvColumn column = scan.columns[j];
            boolean filled = scan.policy == MissingValues.FILL_MEAN && column.missing > 0;
            if (j != scan.labelColumn && (filled || column.numeric() && !column.bytesOnly)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the features of one kept row into row[0..featureCount). */
    void encode(String[] fields, float[] row) {
        for (int j = 0; j < fields.length; j++) {
            if (j == scan.labelColumn) {
                continue;
            }
            CsvColumn column = scan.columns[j];
            boolean missing = CsvSyntax.isMissing(fields[j]);
            List<String> values = categories.get(j);
            if (values == null) {
                double value = missing ? column.mean() : CsvSyntax.number(fields[j], scan.decimalComma);
                row[offsets[j]] = (float) value;
            } else if (missing) {
                fillShares(column, values, offsets[j], row);
            } else {
                Arrays.fill(row, offsets[j], offsets[j] + values.size(), 0f);
                row[offsets[j] + categoryIndex.get(j).get(fields[j])] = 1f;
            }
        }
    }

    /** The mean of a one-hot column is the share of rows holding that category. */
    private static void fillShares(CsvColumn column, List<String> values, int offset, float[] row) {
        int present = column.numbers + column.texts;
        for (int k = 0; k < values.size(); k++) {
            row[offset + k] = (float) column.counts().get(values.get(k))[0] / present;
        }
    }

    /** The class index of a kept row's label. */
    int label(String[] fields) {
        return classOf.get(fields[scan.labelColumn]);
    }

    /** The regression target of a kept row. */
    float target(String[] fields) {
        return (float) CsvSyntax.number(fields[scan.labelColumn], scan.decimalComma);
    }
}
