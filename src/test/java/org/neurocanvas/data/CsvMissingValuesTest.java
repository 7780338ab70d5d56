package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMissingValuesTest {

    @TempDir
    Path folder;

    /** Row 3 misses a number (NA), row 5 a category (empty), row 6 a label (?). */
    private Path gaps() throws IOException {
        return Files.writeString(folder.resolve("gaps.csv"), String.join("\n",
                "length,colour,kind", "1,red,a", "NA,blue,b", "3,red,a", "5,,b", "7,blue,?") + "\n");
    }

    @Test
    void failNamesTheFirstMissingValue() throws Exception {
        DataFileException error = assertThrows(DataFileException.class, () -> CsvLoader.load(gaps()));
        assertEquals("gaps.csv line 3, column 'length': expected a value, found 'NA', which marks a missing value"
                + " (missing values can be dropped or filled with the mean).", error.getMessage());
        Path empty = Files.writeString(folder.resolve("empty.csv"), "a,b,kind\n1,,x\n");
        assertEquals("empty.csv line 2, column 'b': expected a value, found an empty field"
                        + " (missing values can be dropped or filled with the mean).",
                assertThrows(DataFileException.class, () -> CsvLoader.load(empty)).getMessage());
    }

    @Test
    void dropRowLeavesOutEveryRowWithAGap() throws Exception {
        Dataset data = CsvLoader.load(gaps(), CsvOptions.defaults().missing(MissingValues.DROP_ROW));
        assertEquals(2, data.size());
        // Only rows 2 and 4 remain: their one colour, red, and their one class, a, are all that is left.
        assertEquals(List.of("a"), data.classNames());
        assertArrayEquals(new float[] {1, 1, 3, 1}, data.features());
    }

    @Test
    void fillMeanFillsNumbersWithTheMeanAndCategoriesWithTheirShares() throws Exception {
        Path file = Files.writeString(folder.resolve("fill.csv"), String.join("\n",
                "length,colour,kind", "1,red,a", "NA,blue,b", "3,red,a", "5,,b") + "\n");
        Dataset data = CsvLoader.load(file, CsvOptions.defaults().missing(MissingValues.FILL_MEAN));
        assertEquals(4, data.size());
        float third = 1f / 3;
        assertArrayEquals(new float[] {1, 0, 1, 3, 1, 0, 3, 0, 1, 5, third, 2 * third}, data.features(), 1e-6f);
        assertEquals(48, data.featureBytes());
    }

    @Test
    void aMissingLabelCannotBeFilled() throws Exception {
        DataFileException error = assertThrows(DataFileException.class,
                () -> CsvLoader.load(gaps(), CsvOptions.defaults().missing(MissingValues.FILL_MEAN)));
        assertEquals("gaps.csv line 6, column 'kind': expected a class label, found '?', which marks a missing value,"
                + " and a label cannot be filled with a mean.", error.getMessage());
    }

    @Test
    void droppingEveryRowIsASentence() throws Exception {
        Path file = Files.writeString(folder.resolve("holes.csv"), "a,kind\nNA,x\n2,\n");
        DataFileException error = assertThrows(DataFileException.class,
                () -> CsvLoader.load(file, CsvOptions.defaults().missing(MissingValues.DROP_ROW)));
        assertEquals("holes.csv: expected at least one data row, found none left after dropping 2 rows with missing"
                + " values.", error.getMessage());
    }

    @Test
    void aColumnWithNothingButGapsCannotBeFilled() throws Exception {
        Path file = Files.writeString(folder.resolve("void.csv"), "a,b,kind\n1,NA,x\n2,,y\n");
        DataFileException error = assertThrows(DataFileException.class,
                () -> CsvLoader.load(file, CsvOptions.defaults().missing(MissingValues.FILL_MEAN)));
        assertEquals("void.csv column 'b': expected at least one value, found only missing values.",
                error.getMessage());
    }

    @Test
    void theReportCountsMissingValuesWhateverThePolicy() throws Exception {
        CsvReport report = CsvLoader.inspect(gaps(), CsvOptions.defaults());
        assertEquals("gaps.csv", report.file());
        assertEquals(',', report.delimiter());
        assertEquals(true, report.header());
        assertEquals(5, report.rows());
        assertEquals(3, report.rowsWithMissing());
        assertEquals(5, report.rowsKept());
        assertEquals(2, report.labelColumn());
        assertEquals(List.of("a", "b"), report.classNames());
        assertEquals(List.of(2, 2), report.classCounts());
        assertEquals(3, report.featureCount());
        ColumnSummary length = report.columns().get(0);
        assertEquals(new ColumnSummary("length", ColumnSummary.Type.NUMERIC, 1, 1, 7, 4, Math.sqrt(5), List.of(),
                List.of()), length);
        ColumnSummary colour = report.columns().get(1);
        assertEquals(ColumnSummary.Type.CATEGORICAL, colour.type());
        assertEquals(List.of("blue", "red"), colour.categories());
        assertEquals(List.of(2, 2), colour.counts());
        assertEquals(1, colour.missing());
        assertEquals(1, report.columns().get(2).missing());
        CsvReport dropping = CsvLoader.inspect(gaps(), CsvOptions.defaults().missing(MissingValues.DROP_ROW));
        assertEquals(2, dropping.rowsKept());
        assertEquals(List.of(2), dropping.classCounts());
    }
}
