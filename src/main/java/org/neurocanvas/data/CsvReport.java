package org.neurocanvas.data;

import java.util.List;

/**
 * What a CSV file holds, for an import dialog to show before the person accepts it: from
 * {@link CsvLoader#inspect}. Missing values are counted here, not judged.
 *
 * @param file            the file's name
 * @param delimiter       the detected delimiter: ',', ';' or a tab
 * @param decimalComma    true when numbers may use a comma as decimal mark (with ';' only)
 * @param header          true when the first line names the columns
 * @param rows            data rows in the file (the header and blank lines not counted)
 * @param rowsWithMissing rows with at least one missing value
 * @param rowsKept        rows a load with the given options keeps (DROP_ROW leaves some out)
 * @param columns         every column in file order, the label column included
 * @param labelColumn     the index of the label column in {@code columns}
 * @param classNames      the classes, sorted (numerically for whole-number labels, else alphabetically)
 * @param classCounts     the kept rows of each class, indexed like classNames
 * @param featureCount    values per sample after one-hot encoding the category columns
 */
public record CsvReport(String file, char delimiter, boolean decimalComma, boolean header, int rows,
        int rowsWithMissing, int rowsKept, List<Column> columns, int labelColumn, List<String> classNames,
        List<Integer> classCounts, int featureCount) {

    /** Copies the lists. */
    public CsvReport {
        columns = List.copyOf(columns);
        classNames = List.copyOf(classNames);
        classCounts = List.copyOf(classCounts);
    }

    /** How a column's values are read. */
    public enum ColumnType {
        /** Numbers: one feature each (as a label: whole numbers naming classes). */
        NUMERIC,
        /** Names: one-hot encoded, one feature per category (as a label: class names). */
        CATEGORICAL
    }

    /**
     * One column of the file.
     *
     * @param name       the header name, or "column N" (1-based) without a header
     * @param type       how its values are read
     * @param missing    the number of missing values among the rows read
     * @param categories the distinct values in sorted order for a categorical column, else empty
     * @param min        the smallest number of a numeric column, else NaN
     * @param max        the largest number of a numeric column, else NaN
     */
    public record Column(String name, ColumnType type, int missing, List<String> categories, double min,
            double max) {

        /** Copies the categories. */
        public Column {
            categories = List.copyOf(categories);
        }
    }
}
