package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import dialog shows, on small files written here and on the sets that ship in samples/data. */
class ImportPreviewTest {

    @TempDir
    Path folder;

    private Path write(String name, String... lines) throws IOException {
        return Files.write(folder.resolve(name), List.of(lines));
    }

    @Test
    void aTableShowsItsFormatColumnsClassesAndFirstRows() throws Exception {
        Path file = write("fruit.tsv", "weight\tcolour\tkind", "120\tred\tapple", "150\tgreen\tapple", "110\tyellow\tpear");
        ImportPreview p = ImportPreview.of(file);
        assertEquals(DataFormat.CSV, p.format());
        assertTrue(p.loads());
        assertEquals("fruit.tsv: 3 rows, 3 columns, 2 classes in column 'kind'", p.summary());
        assertEquals("tab-separated, decimal point, header on the first line", p.tableFormat());
        assertEquals("kind", p.labelColumn());
        assertEquals(List.of("apple", "pear"), p.table().classNames());
        assertEquals(List.of(2, 1), p.table().classCounts());
        assertEquals(ColumnSummary.Type.CATEGORICAL, p.table().columns().get(1).type());
        assertEquals(List.of("120", "red", "apple"), p.firstRows().rows().get(0));
        assertNull(p.images());
    }

    @Test
    void anotherLabelColumnChangesTheClasses() throws Exception {
        Path file = write("fruit.csv", "weight,colour,kind", "120,red,apple", "150,green,apple", "110,yellow,pear");
        ImportPreview p = ImportPreview.ofTable(file, "colour", false, MissingValues.FAIL, List.of());
        assertEquals("colour", p.labelColumn());
        assertEquals(List.of("green", "red", "yellow"), p.table().classNames());
    }

    @Test
    void aColumnLeftOutGivesNoFeaturesAndItsGapsStopNothing() throws Exception {
        Path file = write("people.csv", "id,age,colour,kind", "a1,30,red,x", ",40,blue,y", "a3,50,red,x");
        assertFalse(ImportPreview.ofTable(file, null, false, MissingValues.FAIL, List.of()).loads(), "the id's gap stops a load that reads it");
        ImportPreview p = ImportPreview.ofTable(file, null, false, MissingValues.FAIL, List.of("id"));
        assertTrue(p.loads(), () -> p.problems().toString());
        assertEquals(List.of("id"), p.excluded());
        assertEquals(3, p.table().featureCount(), "age and colour's two categories");
        assertEquals(1, ImportPreview.ofTable(file, null, false, MissingValues.FAIL, List.of("id", "colour")).table().featureCount());
    }

    @Test
    void aFirstReadingLeavesOutColumnsThatIdentifyRows() throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("row_id,name,size,colour,kind"));
        for (int i = 0; i < 12; i++) {
            lines.add(i + ",item" + i + "," + (i % 4) + "," + (i % 3 == 0 ? "red" : "blue") + "," + (i % 2 == 0 ? "x" : "y"));
        }
        Path file = write("items.csv", lines.toArray(String[]::new));
        ImportPreview p = ImportPreview.of(file);
        assertTrue(p.loads(), () -> p.problems().toString());
        assertEquals(List.of("row_id", "name"), p.excluded(), "by its name, and by a value of its own on every row");
        assertEquals(3, p.table().featureCount(), "size and colour's two categories");
        assertEquals(List.of("Left out of the features as identifying rows rather than describing them (by name, or a value of its own "
                + "on every row): row_id, name; tick them to use them."), p.notes());

        Path few = write("few.csv", "name,size,kind", "a,1,x", "b,2,y", "c,3,x");
        assertEquals(List.of(), ImportPreview.of(few).excluded(), "three names are too few to tell an identifier from a category");
        Path only = write("only.csv", "id,kind", "1,x", "2,y");
        assertEquals(List.of(), ImportPreview.of(only).excluded(), "an identifier that is the only feature stays, and the person decides");
    }

    @Test
    void fractionsOrManyNumbersInTheLastColumnAreANumberToPredict() throws Exception {
        Path fractions = write("prices.csv", "rooms,price", "3,1.5", "4,2.25", "2,0.75");
        ImportPreview p = ImportPreview.of(fractions);
        assertTrue(p.regression());
        assertTrue(p.loads());
        assertEquals("prices.csv: 3 rows, 2 columns, regression: numeric target 'price'", p.summary());
        assertEquals(List.of(), p.table().classNames());
        assertTrue(ImportPreview.of(Path.of("samples/data/diabetes.csv")).regression());
        assertFalse(ImportPreview.of(Path.of("samples/data/digits.csv.gz")).regression());
    }

    @Test
    void aMissingValueIsAProblemNamingLineAndColumn() throws Exception {
        Path file = write("gaps.csv", "a,b,kind", "1,2,x", "3,,y");
        ImportPreview p = ImportPreview.of(file);
        assertFalse(p.loads());
        assertEquals(List.of("gaps.csv line 3, column 'b': expected a value, found an empty field (missing values can be dropped or"
                + " filled with the mean)."), p.problems());
        assertEquals(1, p.table().rowsWithMissing());
    }

    @Test
    void aRowOfTheWrongWidthIsAProblemAndNothingElseShows() throws Exception {
        Path file = write("short.csv", "a,b,kind", "1,2,x", "3,y");
        ImportPreview p = ImportPreview.of(file);
        assertFalse(p.loads());
        assertEquals(1, p.problems().size());
        assertTrue(p.problems().get(0).startsWith("short.csv line 3"), p.problems().get(0));
        assertNull(p.table());
        assertEquals("short.csv: could not be read as a CSV or TSV table", p.summary());
    }

    @Test
    void idxImagesFindTheirLabelsEitherWayRound() throws Exception {
        byte[] pixels = new byte[3 * 2 * 2];
        IdxFiles.writeImages(folder.resolve("x-images-idx3-ubyte.gz"), 3, 2, 2, pixels);
        IdxFiles.writeLabels(folder.resolve("x-labels-idx1-ubyte"), new byte[] {1, 0, 1});
        for (String chosen : List.of("x-images-idx3-ubyte.gz", "x-labels-idx1-ubyte")) {
            ImportPreview p = ImportPreview.of(folder.resolve(chosen));
            assertEquals(DataFormat.IDX, p.format());
            assertTrue(p.loads(), () -> String.join(" ", p.problems()));
            assertEquals(folder.resolve("x-images-idx3-ubyte.gz"), p.dataFile());
            assertEquals(folder.resolve("x-labels-idx1-ubyte"), p.labelsFile());
            assertEquals("x-images-idx3-ubyte.gz".equals(chosen) ? "x-images-idx3-ubyte.gz: 3 images of 2 × 2, greyscale, 2 classes"
                    : "x-labels-idx1-ubyte: 3 images of 2 × 2, greyscale, 2 classes", p.summary());
            assertEquals(List.of(1, 2), p.images().balance().counts());
            assertEquals(List.of("1", "0", "1"), p.images().labels());
        }
    }

    @Test
    void idxImagesWithoutTheirLabelsFileAreAProblem() throws Exception {
        IdxFiles.writeImages(folder.resolve("y-images-idx3-ubyte"), 1, 1, 1, new byte[1]);
        ImportPreview p = ImportPreview.of(folder.resolve("y-images-idx3-ubyte"));
        assertEquals(List.of("y-images-idx3-ubyte: expected its labels file 'y-labels-idx1-ubyte' beside it, found none."),
                p.problems());
        assertNull(p.images());
    }

    @Test
    void aCifarFolderShowsItsTrainingBatches() throws Exception {
        byte[] records = new byte[2 * 3073];
        records[3073] = 9;
        Path cifar = Files.createDirectories(folder.resolve("cifar"));
        Files.write(cifar.resolve("data_batch_1.bin"), records);
        Files.write(cifar.resolve("test_batch.bin"), new byte[3073]);
        ImportPreview p = ImportPreview.of(cifar);
        assertEquals(DataFormat.CIFAR10, p.format());
        assertEquals("cifar: 2 images of 32 × 32, colour, 10 classes", p.summary());
        assertEquals(List.of("airplane", "truck"), p.images().labels());
    }

    @Test
    void anImageFolderShowsItsClassesAndNamesWhatItSkipped() throws Exception {
        image("pets/cats/a.png", 8, 6);
        image("pets/cats/b.png", 8, 6);
        image("pets/dogs/c.png", 8, 6);
        Files.write(folder.resolve("pets/dogs/broken.png"), new byte[] {1, 2, 3});
        ImportPreview p = ImportPreview.of(folder.resolve("pets"));
        assertEquals(DataFormat.IMAGE_FOLDER, p.format());
        assertTrue(p.loads());
        assertEquals("pets: 3 images of 8 × 6, colour, 2 classes", p.summary());
        assertArrayEquals(new int[] {6, 8, 3}, p.images().shape());
        assertEquals(List.of(2, 1), p.images().balance().counts());
        assertArrayEquals(new int[] {6, 8, 3}, p.loadShape(), "small images load at their own size");
        assertEquals(List.of("pets/dogs/broken.png: expected an image that decodes, found another file; it is skipped."), p.notes());
    }

    @Test
    void largeImagesArePreviewedSmaller() throws Exception {
        image("big/one/a.png", 400, 200);
        ImportPreview p = ImportPreview.of(folder.resolve("big"));
        assertArrayEquals(new int[] {48, 96, 3}, p.images().shape());
        assertEquals(List.of("big: the first image is 400 × 200 pixels; the preview shows the images at 96 × 48."), p.notes());
        assertArrayEquals(new int[] {32, 64, 3}, p.loadShape(), "at most 64 a side, the aspect kept");
    }

    @Test
    void anEmptyClassFolderIsAProblem() throws Exception {
        image("zoo/cats/a.png", 4, 4);
        Files.createDirectories(folder.resolve("zoo/dogs"));
        ImportPreview p = ImportPreview.of(folder.resolve("zoo"));
        assertEquals(List.of("zoo/dogs: expected PNG, JPEG, BMP or GIF images in this class folder, found none."), p.problems());
        assertNull(p.loadShape());
    }

    @Test
    void theShippedSetsPreview() {
        ImportPreview iris = ImportPreview.of(Path.of("samples/data/iris.csv"));
        assertEquals("iris.csv: 150 rows, 5 columns, 3 classes in column 'species'", iris.summary());
        assertEquals(List.of(50, 50, 50), iris.table().classCounts());
        assertEquals(ImportPreview.ROWS, iris.firstRows().rows().size());
        ImportPreview mnist = ImportPreview.of(Path.of("samples/data/mnist-10k-images-idx3-ubyte.gz"));
        assertEquals("mnist-10k-images-idx3-ubyte.gz: 10,000 images of 28 × 28, greyscale, 10 classes", mnist.summary());
        assertEquals(ImportPreview.SAMPLES, mnist.images().shown());
        assertNull(mnist.loadShape(), "IDX images load at the size they have");
        assertEquals(10_000, mnist.images().balance().total());
        ImportPreview fashion = ImportPreview.of(Path.of("samples/data/fashion-mnist-t10k-labels-idx1-ubyte.gz"));
        assertEquals(List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
                fashion.images().balance().classNames(), "Fashion-MNIST's classes by their names, not 0 to 9");
        assertTrue(KnownDataset.FASHION_CLASSES.containsAll(fashion.images().labels()), fashion.images().labels().toString());
    }

    private void image(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
