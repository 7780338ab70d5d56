package org.neurocanvas.data;

import java.util.List;

/**
 * The first rows of a table as written, for a preview grid: from {@link CsvLoader#preview}.
 *
 * @param columns the column names (header names, or "column N" without a header)
 * @param rows    up to the asked number of data rows, each one string per column, unquoted
 */
public record CsvPreview(List<String> columns, List<List<String>> rows) {

    /** Copies the lists. */
    public CsvPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
