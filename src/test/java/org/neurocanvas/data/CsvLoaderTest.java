package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {

    @TempDir
    Path folder;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void readsAHeaderNumbersAndANamedClassInTheLastColumn() throws Exception {
        Dataset data = CsvLoader.load(write("flowers.csv",
                "sepal,petal,species", "5.1,1.4,setosa", "7.0,4.7,versicolor", "4.9,1.5,setosa"));
        assertEquals("flowers.csv", data.name());
        assertEquals(3, data.size());
        assertArrayEquals(new int[] {2}, data.sampleShape());
        assertArrayEquals(new float[] {5.1f, 1.4f, 7.0f, 4.7f, 4.9f, 1.5f}, data.features());
        assertEquals(List.of("setosa", "versicolor"), data.classNames());
        assertArrayEquals(new int[] {0, 1, 0}, data.labels());
    }

    @Test
    void classesAreSortedNotTakenInOrderOfAppearance() throws Exception {
        Dataset names = CsvLoader.load(write("n.csv", "x,y", "1,zebra", "2,ant", "3,moth"));
        assertEquals(List.of("ant", "moth", "zebra"), names.classNames());
        assertArrayEquals(new int[] {2, 0, 1}, names.labels());
        Dataset numbers = CsvLoader.load(write("d.csv", "x,digit", "1,10", "2,9", "3,9.0", "4,1"));
        assertEquals(List.of("1", "9", "10"), numbers.classNames());
        assertArrayEquals(new int[] {2, 1, 1, 0}, numbers.labels());
    }

    @Test
    void detectsSemicolonsWithDecimalCommasAndTabs() throws Exception {
        Dataset semicolons = CsvLoader.load(write("eu.csv", "a;b;kind", "5,1;3;x", "-0,5;1,25e1;y"));
        assertArrayEquals(new float[] {5.1f, 3, -0.5f, 12.5f}, semicolons.features());
        Dataset tabs = CsvLoader.load(write("t.tsv", "a\tb\tkind", "1.5\t2\tx", "3\t4\ty"));
        assertArrayEquals(new float[] {1.5f, 2, 3, 4}, tabs.features());
    }

    @Test
    void withoutAHeaderTheColumnsAreNumberedAndBlankLinesSkipped() throws Exception {
        Dataset data = CsvLoader.load(write("plain.csv", "1,2,0", "", "3,4,1"));
        assertEquals(2, data.size());
        assertEquals(List.of("0", "1"), data.classNames());
        CsvReport report = CsvLoader.inspect(folder.resolve("plain.csv"), CsvOptions.defaults());
        assertEquals(false, report.header());
        assertEquals("column 3", report.columns().get(2).name());
    }

    @Test
    void theLabelColumnCanBeChosenByNameOrIndex() throws Exception {
        Path file = write("pick.csv", "kind,a,b", "x,1,2", "y,3,4");
        Dataset byName = CsvLoader.load(file, CsvOptions.defaults().labelColumn("kind"));
        Dataset byIndex = CsvLoader.load(file, CsvOptions.defaults().labelColumn(0));
        assertArrayEquals(new float[] {1, 2, 3, 4}, byName.features());
        assertArrayEquals(byName.features(), byIndex.features());
        assertEquals(List.of("x", "y"), byIndex.classNames());
    }

    @Test
    void textFeatureColumnsAreOneHotEncodedInSortedOrder() throws Exception {
        Dataset data = CsvLoader.load(write("c.csv", "colour,size,label", "red,1,a", "blue,2,b", "green,3,a"));
        assertArrayEquals(new int[] {4}, data.sampleShape());
        assertArrayEquals(new float[] {0, 0, 1, 1, 1, 0, 0, 2, 0, 1, 0, 3}, data.features());
    }

    @Test
    void quotedFieldsMayHoldTheDelimiterAndQuotes() throws Exception {
        Dataset data = CsvLoader.load(write("q.csv", "a,label", "1,\"Smith, \"\"J\"\"\"", "2,plain"));
        assertEquals(List.of("Smith, \"J\"", "plain"), data.classNames());
    }

    @Test
    void readsGzippedFilesAndAByteOrderMark() throws Exception {
        Path file = folder.resolve("small.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("\uFEFFa,b,label\n1,2,x\n3,4,y\n".getBytes(StandardCharsets.UTF_8));
        }
        Dataset data = CsvLoader.load(file);
        assertArrayEquals(new float[] {1, 2, 3, 4}, data.features());
        assertEquals("a", CsvLoader.inspect(file, CsvOptions.defaults()).columns().get(0).name());
    }

    @Test
    void wholeNumbersFromZeroTo255AreStoredAsBytesOtherValuesAsFloats() throws Exception {
        Dataset pixels = CsvLoader.load(write("px.csv", "p1,p2,label", "0,255,a", "17,3,b"));
        assertEquals(4, pixels.featureBytes());
        assertArrayEquals(new float[] {0, 255, 17, 3}, pixels.features());
        assertEquals(16, CsvLoader.load(write("f.csv", "a,b,label", "0,256,a", "1,2,b")).featureBytes());
        assertEquals(16, CsvLoader.load(write("g.csv", "a,b,label", "0,0.5,a", "1,2,b")).featureBytes());
    }

    @Test
    void samplesTakeTheShapeAsked() throws Exception {
        Path file = write("img.csv", "1,2,3,4,0", "5,6,7,8,1");
        assertArrayEquals(new int[] {2, 2, 1},
                CsvLoader.load(file, CsvOptions.defaults().sampleShape(2, 2, 1)).sampleShape());
        assertMessage("img.csv: expected a sample shape whose product is the 4 feature values of a row, found [3, 3].",
                file, CsvOptions.defaults().sampleShape(3, 3));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsNamedByItsLine() throws Exception {
        String[] lines = new String[20];
        lines[0] = "sepal_length,sepal_width,petal_length,petal_width,species";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = i == 16 ? "5.0,3.4,1.5,setosa" : "5.1,3.5,1.4,0.2,setosa";
        }
        assertMessage("iris.csv line 17: expected 5 fields, found 4.", write("iris.csv", lines), CsvOptions.defaults());
    }

    @Test
    void textInANumericColumnIsNamedByLineAndColumn() throws Exception {
        String[] lines = new String[12];
        lines[0] = "sepal_length,sepal_width,petal_length,petal_width,species";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = i == 8 ? "5.1,3.5,abc,0.2,setosa" : "5.1,3.5,1.4,0.2,setosa";
        }
        assertMessage("iris.csv line 9, column 'petal_length': expected a number, found 'abc'.",
                write("iris.csv", lines), CsvOptions.defaults());
    }

    @Test
    void aFractionalNumberCannotNameAClass() throws Exception {
        assertMessage("p.csv line 3, column 'price': expected a class label (a whole number or a name), found '3.75'.",
                write("p.csv", "a,price", "1,3", "2,3.75"), CsvOptions.defaults());
    }

    @Test
    void anOpenQuoteIsNamedByItsLine() throws Exception {
        assertMessage("q.csv line 3: expected a closing quote (\") before the end of the line, found none.",
                write("q.csv", "a,label", "1,x", "2,\"y"), CsvOptions.defaults());
    }

    @Test
    void anOpenQuoteOnTheFirstLineIsNamedByItsLineToo() throws Exception {
        assertMessage("q2.csv line 2: expected a closing quote (\") before the end of the line, found none.",
                write("q2.csv", "", "\"a,label", "1,x"), CsvOptions.defaults());
    }

    @Test
    void aMissingLabelColumnEmptyFileOrSingleColumnIsASentence() throws Exception {
        assertMessage("m.csv: expected a label column named 'kind', found the columns a, b, label.",
                write("m.csv", "a,b,label", "1,2,x"), CsvOptions.defaults().labelColumn("kind"));
        assertMessage("m.csv: expected a label column index from 0 to 2, found 5.",
                folder.resolve("m.csv"), CsvOptions.defaults().labelColumn(5));
        assertMessage("e.csv: expected a header or data rows, found an empty file.", write("e.csv", ""),
                CsvOptions.defaults());
        assertMessage("one.csv: expected at least 2 columns (features and a label) separated by ',', ';' or tabs,"
                + " found 1.", write("one.csv", "a", "1", "2"), CsvOptions.defaults());
        assertMessage("h.csv: expected at least one data row, found none.", write("h.csv", "a,label"),
                CsvOptions.defaults());
        assertMessage("nope.csv: expected a readable file, found no such file.", folder.resolve("nope.csv"),
                CsvOptions.defaults());
    }

    private static void assertMessage(String expected, Path file, CsvOptions options) {
        DataFileException error = assertThrows(DataFileException.class, () -> CsvLoader.load(file, options));
        assertEquals(expected, error.getMessage());
    }
}
