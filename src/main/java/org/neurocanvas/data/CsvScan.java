package org.neurocanvas.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The first pass over a CSV file: detects its delimiter and header, checks that every row has as
 * many fields as the first, and learns each column's type, statistics and distinct values. The
 * second pass ({@link CsvLoader}) walks the same rows through {@link #forEachRow}.
 */
final class CsvScan {

    /** Lines read to detect the delimiter and the header. */
    private static final int SAMPLE_LINES = 20;
    private static final String OPEN_QUOTE = "expected a closing quote (\") before the end of the line, found none";

    /** Receives one data row: its 1-based line number in the file and its fields. */
    @FunctionalInterface
    interface RowHandler {
        void row(int line, String[] fields) throws DataFileException;
    }

    final DataSource source;
    final MissingValues policy;
    /** The label column holds numbers to predict, not classes. */
    final boolean regression;
    char delimiter;
    boolean decimalComma;
    boolean header;
    List<String> names;
    CsvColumn[] columns;
    int labelColumn;
    /** Per column: left out of the features ({@link CsvOptions#excluded}), so its values are not judged. */
    boolean[] excluded;
    /** Data rows in the file (no header, no blank lines). */
    int rows;
    int rowsWithMissing;

    private CsvScan(DataSource source, MissingValues policy, boolean regression) {
        this.source = source;
        this.policy = policy;
        this.regression = regression;
    }

    /**
     * Reads the file once: format, field counts, column statistics; chooses the label column.
     * Missing values are counted here, not judged: see {@link CsvLoader}.
     */
    static CsvScan run(DataSource source, CsvOptions options) throws DataFileException {
        CsvScan scan = new CsvScan(source, options.missing(), options.regression());
        scan.detectFormat();
        scan.labelColumn = scan.chooseLabel(options);
        scan.excluded = scan.chooseExcluded(options, true);
        scan.forEachRow(scan::count);
        return scan;
    }

    /**
     * Reads the file once without choosing a label column: for a file read with a {@link CsvSchema},
     * which finds the label among the columns it matches.
     */
    static CsvScan unlabelled(DataSource source, CsvOptions options) throws DataFileException {
        CsvScan scan = new CsvScan(source, options.missing(), options.regression());
        scan.detectFormat();
        // A column the first file had and this one lacks is the schema's sentence to say, when it matches the two.
        scan.excluded = scan.chooseExcluded(options, false);
        scan.forEachRow(scan::count);
        return scan;
    }

    /** Detects only the delimiter, the header and the column names: for a preview of the first rows. */
    static CsvScan format(DataSource source) throws DataFileException {
        CsvScan scan = new CsvScan(source, MissingValues.FAIL, false);
        scan.detectFormat();
        return scan;
    }

    /** Whether the first pass and the loader leave this row out. */
    boolean dropped(String[] fields) {
        if (policy != MissingValues.DROP_ROW) {
            return false;
        }
        return anyMissing(fields);
    }

    /** Whether a field of a column that is read (a feature or the label) is missing. */
    private boolean anyMissing(String[] fields) {
        for (int j = 0; j < fields.length; j++) {
            if (!excluded[j] && CsvSyntax.isMissing(fields[j])) {
                return true;
            }
        }
        return false;
    }

    private void count(int line, String[] fields) {
        rows++;
        boolean anyMissing = anyMissing(fields);
        rowsWithMissing += anyMissing ? 1 : 0;
        // A dropped row still counts its missing values, for the report, but none of its values.
        boolean drop = anyMissing && policy == MissingValues.DROP_ROW;
        for (int j = 0; j < fields.length; j++) {
            if (!drop || CsvSyntax.isMissing(fields[j])) {
                columns[j].add(fields[j], line, decimalComma);
            }
        }
    }

    private void detectFormat() throws DataFileException {
        List<String> sample = new ArrayList<>();
        int firstLine = 0;
        try (BufferedReader reader = reader()) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null && sample.size() < SAMPLE_LINES;
                    line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    firstLine = sample.isEmpty() ? lineNumber : firstLine;
                    sample.add(sample.isEmpty() ? withoutByteOrderMark(line) : line);
                }
            }
        } catch (IOException e) {
            throw source.unreadable(e);
        }
        if (sample.isEmpty()) {
            throw new DataFileException(source.name() + ": expected a header or data rows, found an empty file.");
        }
        delimiter = CsvSyntax.detectDelimiter(sample);
        decimalComma = delimiter == ';';
        List<String[]> rowsOfSample = new ArrayList<>();
        for (String line : sample) {
            String[] fields = CsvSyntax.split(line, delimiter);
            if (fields == null) {
                break; // the second pass names the line of the open quote
            }
            rowsOfSample.add(fields);
        }
        if (rowsOfSample.isEmpty()) {
            throw at(firstLine, OPEN_QUOTE);
        }
        String[] first = rowsOfSample.get(0);
        if (first.length < 2) {
            throw new DataFileException(source.name() + ": expected at least 2 columns (features and a label)"
                    + " separated by ',', ';' or tabs, found 1.");
        }
        header = CsvSyntax.detectHeader(rowsOfSample, decimalComma);
        names = new ArrayList<>();
        columns = new CsvColumn[first.length];
        excluded = new boolean[first.length];
        for (int j = 0; j < first.length; j++) {
            String name = header && !first[j].isBlank() ? first[j] : "column " + (j + 1);
            names.add(name);
            columns[j] = new CsvColumn(name);
        }
    }

    private int chooseLabel(CsvOptions options) throws DataFileException {
        if (options.labelName() != null) {
            int index = names.indexOf(options.labelName());
            if (index < 0 || !header) {
                throw new DataFileException(source.name() + ": expected a label column named '"
                        + options.labelName() + "', found " + (header ? "the columns " + String.join(", ", names)
                        : "no header line naming the columns") + ".");
            }
            return index;
        }
        if (options.labelIndex() >= names.size()) {
            throw new DataFileException(source.name() + ": expected a label column index from 0 to "
                    + (names.size() - 1) + ", found " + options.labelIndex() + ".");
        }
        return options.labelIndex() < 0 ? names.size() - 1 : options.labelIndex();
    }

    /**
     * The columns the options leave out, by name.
     *
     * @param strict whether to refuse a name the file lacks, the label column, and leaving no feature
     * @throws DataFileException naming the setting, the column and the file
     */
    private boolean[] chooseExcluded(CsvOptions options, boolean strict) throws DataFileException {
        boolean[] result = new boolean[names.size()];
        for (String name : options.excluded()) {
            int j = names.indexOf(name);
            if (j < 0 && strict) {
                throw new DataFileException("Data setting 'exclude' names column '" + name + "', which " + source.name()
                        + " does not have; its columns are " + String.join(", ", names) + ".");
            }
            if (j == labelColumn && strict) {
                throw new DataFileException("Data setting 'exclude' names column '" + name + "', the label column of "
                        + source.name() + ": a label cannot be left out.");
            }
            if (j >= 0) {
                result[j] = true;
            }
        }
        long kept = IntStream.range(0, result.length).filter(j -> !result[j]).count();
        if (strict && kept < 2) {
            throw new DataFileException("Data setting 'exclude' leaves " + source.name() + " no feature column: keep at least one"
                    + " column besides the label '" + names.get(labelColumn) + "'.");
        }
        return result;
    }

    /** Calls the handler for every data row, after checking its field count. */
    void forEachRow(RowHandler handler) throws DataFileException {
        forEachRow(handler, Integer.MAX_VALUE);
    }

    /** Calls the handler for the first data rows, at most limit of them, after checking their field count. */
    void forEachRow(RowHandler handler, int limit) throws DataFileException {
        try (BufferedReader reader = reader()) {
            int lineNumber = 0;
            int handled = 0;
            boolean headerSkipped = !header;
            for (String line = reader.readLine(); line != null && handled < limit; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (!headerSkipped) {
                    headerSkipped = true;
                    continue;
                }
                String[] fields = CsvSyntax.split(lineNumber == 1 ? withoutByteOrderMark(line) : line, delimiter);
                if (fields == null) {
                    throw at(lineNumber, OPEN_QUOTE);
                }
                if (fields.length != columns.length) {
                    throw at(lineNumber, "expected " + columns.length + " fields, found " + fields.length);
                }
                handler.row(lineNumber, fields);
                handled++;
            }
        } catch (IOException e) {
            throw source.unreadable(e);
        }
    }

    private BufferedReader reader() throws DataFileException {
        return new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8));
    }

    private static String withoutByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** "iris.csv line 17: problem." */
    DataFileException at(int line, String problem) {
        return new DataFileException(source.name() + " line " + line + ": " + problem + ".");
    }

    /** "iris.csv line 9, column 'petal_length': problem." */
    DataFileException at(int line, CsvColumn column, String problem) {
        return new DataFileException(source.name() + " line " + line + ", column '" + column.name + "': "
                + problem + ".");
    }

    /** "iris.csv column 'id': problem." */
    DataFileException at(CsvColumn column, String problem) {
        return new DataFileException(source.name() + " column '" + column.name + "': " + problem + ".");
    }
}
