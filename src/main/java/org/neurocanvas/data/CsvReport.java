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
 * @param columns         every column in file order, the label column included, with its statistics
 * @param labelColumn     the index of the label column in {@code columns}
 * @param classNames      the classes, sorted (numerically for whole-number labels, else alphabetically);
 *                        empty for a regression target
 * @param classCounts     the kept rows of each class, indexed like classNames
 * @param featureCount    values per sample after one-hot encoding the category columns
 * @param problems        what a load with the same options would refuse, one sentence each with
 *                        the line and column (a missing value the policy does not allow, no row
 *                        left); empty when the file loads
 */
public record CsvReport(String file, char delimiter, boolean decimalComma, boolean header, int rows,
        int rowsWithMissing, int rowsKept, List<ColumnSummary> columns, int labelColumn, List<String> classNames,
        List<Integer> classCounts, int featureCount, List<String> problems) {

    /** Copies the lists. */
    public CsvReport {
        columns = List.copyOf(columns);
        classNames = List.copyOf(classNames);
        classCounts = List.copyOf(classCounts);
        problems = List.copyOf(problems);
    }

    /** The kept rows of each class, for a class-balance chart (empty for a regression target). */
    public ClassBalance balance() {
        return new ClassBalance(classNames, classCounts);
    }
}
