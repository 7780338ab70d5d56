package org.neurocanvas.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
