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

/** A validation or test file read with the schema of the training file. */
class CsvSchemaTest {

    @TempDir
    Path folder;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
    }

    /** Colours black, brown, white; classes cat, dog; weight's mean 10. */
    private CsvTable train() throws Exception {
        return CsvLoader.read(write("train.csv", "weight,colour,kind", "4,black,cat", "20,brown,dog", "6,white,cat"),
                CsvOptions.defaults().missing(MissingValues.FILL_MEAN));
    }

    @Test
    void theSchemaDescribesTheEncodingOfTheFirstFile() throws Exception {
        CsvSchema schema = train().schema();
        assertEquals("train.csv", schema.file());
        assertEquals(List.of("weight", "colour", "kind"), schema.columnNames());
        assertEquals("kind", schema.labelName());
        assertEquals(List.of("cat", "dog"), schema.classNames());
        assertEquals(List.of("black", "brown", "white"), schema.categories("colour"));
        assertEquals(List.of(), schema.categories("weight"));
        assertEquals(4, schema.featureCount());
    }

    @Test
    void aSecondFileUsesTheFirstFilesCategoriesClassesAndOrderWhateverItHolds() throws Exception {
        // Only white and dog appear, and the columns come in another order: still four features, same one-hot places.
        Path test = write("test.csv", "kind,colour,weight", "dog,white,8", "dog,white,2");
        Dataset data = CsvLoader.load(test, train().schema());
        assertEquals("test.csv", data.name());
        assertArrayEquals(new float[] {8, 0, 0, 1, 2, 0, 0, 1}, data.features());
        assertEquals(List.of("cat", "dog"), data.classNames());
        assertArrayEquals(new int[] {1, 1}, data.labels());
        Dataset alone = CsvLoader.load(test, CsvOptions.defaults().labelColumn("kind"));
        assertEquals(List.of("dog"), alone.classNames());
        assertEquals(2, alone.featureCount());
    }

    @Test
    void missingValuesOfTheSecondFileAreFilledWithTheFirstFilesMeans() throws Exception {
        Dataset data = CsvLoader.load(write("gaps.csv", "weight,colour,kind", "NA,,cat", "100,brown,dog"),
                train().schema());
        float third = 1f / 3;
        assertArrayEquals(new float[] {10, third, third, third, 100, 0, 1, 0}, data.features(), 1e-6f);
    }

    @Test
    void withoutHeadersColumnsMatchByPosition() throws Exception {
        CsvTable first = CsvLoader.read(write("a.csv", "1,red,0", "2,blue,1"), CsvOptions.defaults());
        Dataset second = CsvLoader.load(write("b.csv", "5,red,1"), first.schema());
        assertArrayEquals(new float[] {5, 0, 1}, second.features());
        assertArrayEquals(new int[] {1}, second.labels());
        DataFileException error = assertThrows(DataFileException.class,
                () -> CsvLoader.load(write("c.csv", "5,red"), first.schema()));
        assertEquals("c.csv: expected 3 columns as in a.csv, found 2.", error.getMessage());
    }

    @Test
    void wholeNumberClassesMatchByValue() throws Exception {
        CsvTable first = CsvLoader.read(write("d.csv", "x,digit", "1,1", "2,10", "3,9"), CsvOptions.defaults());
        Dataset second = CsvLoader.load(write("e.csv", "x,digit", "4,9.0", "5,10"), first.schema());
        assertArrayEquals(new int[] {1, 2}, second.labels());
    }

    @Test
    void aRegressionSchemaReadsTheTargetOfTheSecondFile() throws Exception {
        CsvTable first = CsvLoader.read(write("p.csv", "rooms,price", "2,150.5", "3,210"),
                CsvOptions.defaults().regression(true));
        Dataset second = CsvLoader.load(write("q.csv", "rooms,price", "4,300.25"), first.schema());
        assertArrayEquals(new float[] {300.25f}, second.targets());
        DataFileException error = assertThrows(DataFileException.class,
                () -> CsvLoader.load(write("r.csv", "rooms,price", "4,300", "5,dear"), first.schema()));
        assertEquals("r.csv line 3, column 'price': expected a number to predict (a regression target), found 'dear'.",
                error.getMessage());
    }

    @Test
    void aMissingOrExtraColumnIsASentenceNamingBothFiles() throws Exception {
        CsvSchema schema = train().schema();
        DataFileException missing = assertThrows(DataFileException.class,
                () -> CsvLoader.load(write("m.csv", "weight,kind", "3,cat"), schema));
        assertEquals("m.csv: expected the columns of train.csv, found no column 'colour' among 'weight', 'kind'.",
                missing.getMessage());
        DataFileException extra = assertThrows(DataFileException.class,
                () -> CsvLoader.load(write("x.csv", "id,weight,colour,kind", "1,3,black,cat"), schema));
        assertEquals("x.csv: expected only the columns of train.csv ('weight', 'colour', 'kind'), found also 'id'.",
                extra.getMessage());
    }

    @Test
    void anUnknownCategoryOrClassIsASentenceWithItsLine() throws Exception {
        CsvSchema schema = train().schema();
        DataFileException colour = assertThrows(DataFileException.class,
                () -> CsvLoader.load(write("u.csv", "weight,colour,kind", "3,black,cat", "4,purple,dog"), schema));
        assertEquals("u.csv line 3, column 'colour': expected one of the categories of train.csv (black, brown,"
                + " white), found 'purple'.", colour.getMessage());
        DataFileException kind = assertThrows(DataFileException.class,
                () -> CsvLoader.load(write("v.csv", "weight,colour,kind", "3,black,bird"), schema));
        assertEquals("v.csv line 2, column 'kind': expected one of the classes of train.csv (cat, dog), found 'bird'.",
                kind.getMessage());
        DataFileException text = assertThrows(DataFileException.class,
                () -> CsvLoader.load(write("w.csv", "weight,colour,kind", "3,black,cat", "heavy,black,cat"), schema));
        assertEquals("w.csv line 3, column 'weight': expected a number, found 'heavy'.", text.getMessage());
    }
}
