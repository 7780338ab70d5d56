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
        assertNull(prices.label(), "the last column is the default label");
        assertEquals(DataSpec.REGRESSION, prices.task());
        assertEquals("standardize", prices.scaling());
        assertEquals(0, prices.samples());
        DataSpec kinds = DataChoices.imported(before, ImportPreview.ofTable(file, "kind", false), folder);
        assertEquals("kind", kinds.label());
        assertEquals(DataSpec.CLASSIFICATION, kinds.task());
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
    void dataThatDoesNotLoadOrAnImageFolderIsRefusedInASentence() throws Exception {
        Path gaps = Files.write(folder.resolve("gaps.csv"), List.of("a,kind", "1,x", ",y"));
        assertEquals("gaps.csv line 3, column 'a': expected a value, found an empty field (missing values can be dropped or filled"
                + " with the mean).", assertThrows(IllegalArgumentException.class,
                () -> DataChoices.imported(DataSpec.spiral(), ImportPreview.of(gaps), folder)).getMessage());
        Path pets = Files.createDirectories(folder.resolve("pets/cats"));
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", pets.resolve("a.png").toFile());
        assertEquals("pets is a folder of images, one sub-folder per class: a project can train on CSV, IDX and CIFAR-10 files,"
                + " not yet on an image folder.", assertThrows(IllegalArgumentException.class,
                () -> DataChoices.imported(DataSpec.spiral(), ImportPreview.of(folder.resolve("pets")), folder)).getMessage());
    }
}
