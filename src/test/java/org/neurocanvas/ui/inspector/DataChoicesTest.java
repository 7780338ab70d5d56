package org.neurocanvas.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.data.ImportPreview;
import org.neurocanvas.data.MissingValues;
import org.neurocanvas.model.AugmentationSpec;
import org.neurocanvas.model.DataSpec;

class DataChoicesTest {

    @TempDir
    Path folder;

    @Test
    void anotherGeneratedSetKeepsTheGeneratorSettingsButMoonsHaveTwoClasses() {
        DataSpec gaussians = DataChoices.withSource(DataSpec.spiral(), "gaussians");
        assertEquals(new DataSpec("gaussians", 600, 3, 0.2, 7), gaussians);
        assertEquals(2, DataChoices.withSource(DataSpec.spiral(), "moons").classes());
    }

    @Test
    void aShippedSetDropsTheGeneratorSettingsAndKeepsTheScaling() {
        DataSpec iris = DataChoices.withSource(DataSpec.spiral().withScaling("minmax"), "iris");
        assertEquals(DataSpec.shipped("iris").withScaling("minmax"), iris);
        DataSpec back = DataChoices.withSource(iris, "spiral");
        assertEquals(DataSpec.spiral().withScaling("minmax"), back, "a generated set starts like the spiral sample");
    }

    @Test
    void aSequenceTaskStartsWithItsOwnSettings() {
        DataSpec parity = DataChoices.withSource(DataSpec.shipped("digits"), "parity");
        assertEquals(DataChoices.SEQUENCE_SAMPLES, parity.samples());
        assertEquals(DataChoices.SEQUENCE_LENGTH, parity.length());
    }

    @Test
    void aFileSourceNeedsItsFileFirst() {
        assertTrue(DataChoices.needsFile(DataSpec.spiral(), "csv"));
        assertFalse(DataChoices.needsFile(DataSpec.spiral(), "iris"));
        assertEquals("The data source 'csv' reads a file: choose it with Choose file….",
                assertThrows(IllegalArgumentException.class, () -> DataChoices.withSource(DataSpec.spiral(), "csv")).getMessage());
        DataSpec csv = DataChoices.withFiles(DataSpec.spiral(), "csv", "points.csv", null);
        assertEquals("points.csv", csv.path());
        assertEquals(0, csv.samples(), "no generator settings ride along");
        DataSpec labelled = DataChoices.edit(csv, e -> e.label = "species");
        assertEquals("species", DataChoices.withFiles(labelled, "csv", "other.csv", null).label(), "a CSV keeps its label column");
        assertNull(DataChoices.withFiles(DataSpec.spiral(), "idx", "a", "b").label());
    }

    @Test
    void aChosenFileIsKeptRelativeToTheProjectWhenItLiesInside() {
        assertEquals("data/points.csv", DataChoices.stored(folder, folder.resolve("data").resolve("points.csv")));
        Path outside = folder.getParent().resolve("elsewhere.csv");
        assertEquals(outside.toAbsolutePath().normalize().toString(), DataChoices.stored(folder, outside));
        assertEquals(outside.toAbsolutePath().normalize().toString(), DataChoices.stored(null, outside), "an unsaved project");
    }

    @Test
    void theChooserOpensBesideTheCurrentFile() throws Exception {
        Files.createDirectories(folder.resolve("data"));
        assertEquals(folder.resolve("data"), DataChoices.startFolder(folder, "data/points.csv"));
        assertEquals(folder, DataChoices.startFolder(folder, "missing/points.csv"));
        assertEquals(folder, DataChoices.startFolder(folder, null));
    }

    @Test
    void anImportedTableTakesItsLabelColumnAndTaskAndKeepsThePreparation() throws Exception {
        Path file = Files.write(folder.resolve("fruit.csv"), List.of("weight,kind,price", "120,apple,1.5", "150,pear,2.25"));
        DataSpec before = DataSpec.spiral().withScaling("standardize");
        DataSpec prices = DataChoices.imported(before, ImportPreview.of(file), folder);
        assertEquals("csv", prices.source());
        assertEquals("fruit.csv", prices.path());
        // Left unset, the inspector's Label column read empty after a helper had chosen iris's last column, species.
        assertEquals("price", prices.label(), "the last column, named");
        assertEquals(DataSpec.REGRESSION, prices.task());
        assertEquals("standardize", prices.scaling());
        assertEquals(0, prices.samples());
        DataSpec kinds = DataChoices.imported(before, ImportPreview.ofTable(file, "kind", false, MissingValues.FAIL, List.of()), folder);
        assertEquals("kind", kinds.label());
        assertEquals(DataSpec.CLASSIFICATION, kinds.task());
    }

    @Test
    void aTableWithGapsImportsOnceTheirFillingIsChosen() throws Exception {
        Path file = Files.write(folder.resolve("gaps.csv"), List.of("weight,kind", "120,apple", "NA,pear", "150,pear"));
        ImportPreview stopping = ImportPreview.ofTable(file, null, false, MissingValues.FAIL, List.of());
        assertFalse(stopping.loads(), "a gap stops the load until a choice is made");
        DataSpec filled = DataChoices.imported(DataSpec.spiral(), ImportPreview.ofTable(file, null, false, MissingValues.FILL_MEAN, List.of()), folder);
        assertEquals("mean", filled.missing());
        Path plain = Files.write(folder.resolve("plain.csv"), List.of("w,k", "1,a", "2,b"));
        assertNull(DataChoices.imported(DataSpec.spiral(), ImportPreview.of(plain), folder).missing(), "no choice, none written");
    }

    @Test
    void anImportedTableKeepsTheColumnsLeftOutAndAnotherSourceDropsThem() throws Exception {
        Path file = Files.write(folder.resolve("people.csv"), List.of("id,age,kind", "a1,30,x", "a2,40,y"));
        DataSpec people = DataChoices.imported(DataSpec.spiral(),
                ImportPreview.ofTable(file, null, false, MissingValues.FAIL, List.of("id")), folder);
        assertEquals(List.of("id"), people.exclude());
        assertEquals(List.of(), DataChoices.withSource(people, "iris").exclude(), "only a CSV leaves out columns");
        assertEquals(List.of("id", "name"), DataChoices.columns(" id, ,name "));
        assertEquals(List.of(), DataChoices.columns(null));
    }

    @Test
    void importedIdxImagesTakeTheirLabelsFileAndAnAutoencoderStaysOne() throws Exception {
        Path images = Path.of("samples/data/mnist-10k-images-idx3-ubyte.gz").toAbsolutePath();
        DataSpec autoencoder = DataSpec.shipped("digits").withTask(DataSpec.RECONSTRUCTION)
                .withAugmentation(new AugmentationSpec(10, 0, 0, false, 0));
        DataSpec idx = DataChoices.imported(autoencoder, ImportPreview.of(images), images.getParent());
        assertEquals(new DataSpec("idx", "mnist-10k-images-idx3-ubyte.gz", "mnist-10k-labels-idx1-ubyte.gz", null, 0, 0, 0, 0, 0,
                "none", new AugmentationSpec(10, 0, 0, false, 0), DataSpec.RECONSTRUCTION, null), idx);
    }

    @Test
    void dataThatDoesNotLoadIsRefusedInASentence() throws Exception {
        Path gaps = Files.write(folder.resolve("gaps.csv"), List.of("a,kind", "1,x", ",y"));
        assertEquals("gaps.csv line 3, column 'a': expected a value, found an empty field (missing values can be dropped or filled"
                + " with the mean).", assertThrows(IllegalArgumentException.class,
                () -> DataChoices.imported(DataSpec.spiral(), ImportPreview.of(gaps), folder)).getMessage());
    }

    @Test
    void anImportedImageFolderLoadsAtTheFirstImagesSizeAtMost64ASideOrAsChosen() throws Exception {
        Path pets = Files.createDirectories(folder.resolve("data/pets/cats"));
        ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY), "png", pets.resolve("a.png").toFile());
        ImportPreview read = ImportPreview.of(folder.resolve("data/pets"));
        DataSpec before = DataSpec.shipped("digits").withScaling("minmax");
        DataSpec images = DataChoices.imported(before, read, folder);
        assertEquals(DataSpec.images("data/pets", 32, 64, 1).withScaling("minmax"), images);
        assertEquals("32x64", DataChoices.imageSize(images));
        assertEquals(DataChoices.GREYSCALE, DataChoices.imageColour(images));
        DataSpec chosen = DataChoices.imported(before, read, folder, DataChoices.image(" 20 x 30 ", DataChoices.RGB));
        assertEquals("20x30x3", chosen.image());
        assertEquals("The image size must be height x width in pixels, such as 28x28, found '28'.",
                assertThrows(IllegalArgumentException.class, () -> DataChoices.image("28", DataChoices.RGB)).getMessage());
        assertEquals("The image size must be height x width in pixels, such as 28x28, found 'big'.",
                assertThrows(IllegalArgumentException.class, () -> DataChoices.image("big", DataChoices.RGB)).getMessage());
    }

    @Test
    void anImageFolderIsChosenThroughImportData() {
        assertFalse(DataChoices.needsFile(DataSpec.spiral(), DataSpec.IMAGES), "the file chooser cannot choose a folder");
        assertEquals("The data source 'images' reads a folder with one sub-folder of images per class: choose it with Import Data…,"
                + " which shows what it holds.", assertThrows(IllegalArgumentException.class,
                () -> DataChoices.withSource(DataSpec.spiral(), DataSpec.IMAGES)).getMessage());
    }
}
