package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures the Data view shows: column statistics, class balance, the first rows. */
class DataViewFiguresTest {

    @TempDir
    Path folder;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void columnSummariesGiveNumericStatisticsOrDistinctValues() throws Exception {
        Path file = write("pets.csv", "weight;colour;legs;kind", "2,5;black;4;cat", "30;brown;4;dog",
                "4;black;;cat", "3,5;white;4;cat", "25;brown;3;dog");
        List<ColumnSummary> columns = CsvLoader.inspect(file, CsvOptions.defaults().missing(MissingValues.FILL_MEAN))
                .columns();
        ColumnSummary weight = columns.get(0);
        assertEquals(ColumnSummary.Type.NUMERIC, weight.type());
        assertEquals(2.5, weight.min());
        assertEquals(30, weight.max());
        assertEquals(13, weight.mean(), 1e-12);
        assertEquals(Math.sqrt((2.5 * 2.5 + 900 + 16 + 3.5 * 3.5 + 625) / 5 - 169), weight.std(), 1e-9);
        assertEquals(List.of(), weight.categories());
        ColumnSummary colour = columns.get(1);
        assertEquals(ColumnSummary.Type.CATEGORICAL, colour.type());
        assertEquals(List.of("black", "brown", "white"), colour.categories());
        assertEquals(List.of(2, 2, 1), colour.counts());
        assertEquals(3, colour.distinct());
        assertTrue(Double.isNaN(colour.mean()));
        ColumnSummary legs = columns.get(2);
        assertEquals(1, legs.missing());
        assertEquals(3.75, legs.mean(), 1e-12);
        ColumnSummary kind = columns.get(3);
        assertEquals(List.of("cat", "dog"), kind.categories());
        assertEquals(List.of(3, 2), kind.counts());
    }

    @Test
    void aWholeNumberLabelListsItsClassesWithTheirCounts() throws Exception {
        Path file = write("d.csv", "x,digit", "1,10", "2,9", "3,9.0", "4,1");
        ColumnSummary digit = CsvLoader.inspect(file, CsvOptions.defaults()).columns().get(1);
        assertEquals(ColumnSummary.Type.NUMERIC, digit.type());
        assertEquals(List.of("1", "9", "10"), digit.categories());
        assertEquals(List.of(1, 2, 1), digit.counts());
        ColumnSummary target = CsvLoader.inspect(file, CsvOptions.defaults().regression(true)).columns().get(1);
        assertEquals(List.of(), target.categories());
        assertEquals(7.25, target.mean(), 1e-12);
    }

    @Test
    void classBalanceCountsEachClass() throws Exception {
        Dataset data = new Dataset("three", new float[6], new int[] {1}, new int[] {2, 0, 2, 2, 0, 2}, 3,
                List.of("a", "b", "c"));
        ClassBalance balance = ClassBalance.of(data);
        assertEquals(List.of(2, 0, 4), balance.counts());
        assertEquals(6, balance.total());
        assertEquals(4.0 / 6, balance.fraction(2), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, balance.imbalance());
        CsvReport report = CsvLoader.inspect(write("k.csv", "a,k", "1,x", "2,y", "3,x"), CsvOptions.defaults());
        assertEquals(new ClassBalance(List.of("x", "y"), List.of(2, 1)), report.balance());
        assertEquals(2.0, report.balance().imbalance());
        IllegalStateException regression = assertThrows(IllegalStateException.class, () -> ClassBalance.of(
                Dataset.regression("r", new float[2], new int[] {1}, new float[2], 1)));
        assertEquals("Data set 'r' has targets of 1 values to predict, not class labels.", regression.getMessage());
    }

    @Test
    void previewShowsTheFirstRowsAsWritten() throws Exception {
        Path file = write("q.csv", "name,score,kind", "\"Smith, J\",07,a", "", "Lee,3.50,b", "Kim,NA,a", "bad row");
        CsvPreview preview = CsvLoader.preview(file, 3);
        assertEquals(List.of("name", "score", "kind"), preview.columns());
        assertEquals(List.of(List.of("Smith, J", "07", "a"), List.of("Lee", "3.50", "b"), List.of("Kim", "NA", "a")),
                preview.rows());
        assertEquals(2, CsvLoader.preview(file, 2).rows().size());
        DataFileException error = assertThrows(DataFileException.class, () -> CsvLoader.preview(file, 10));
        assertEquals("q.csv line 6: expected 3 fields, found 1.", error.getMessage());
        CsvPreview headless = CsvLoader.preview(write("h.csv", "1,2", "3,4"), 5);
        assertEquals(List.of("column 1", "column 2"), headless.columns());
        assertEquals(2, headless.rows().size());
    }
}
