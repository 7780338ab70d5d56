package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSpecTest {

    @Test
    void eachSourceAsksForWhatItNeeds() {
        assertEquals("Data setting 'source' must be one of spiral, moons, circles, xor, gaussians, iris, digits, mnist-10k, "
                + "fashion-mnist-10k, fashion-mnist-60k, diabetes, csv, idx, cifar10, images, parity, first-equals-last, recall, palindrome, a-before-b, found 'cats'.",
                assertThrows(IllegalArgumentException.class, () -> DataSpec.shipped("cats")).getMessage());
        assertEquals("Data setting 'path' must be the data file of source 'csv', found none.",
                assertThrows(IllegalArgumentException.class,
                        () -> new DataSpec("csv", null, null, "species", 0, 0, 0, 0, 0, null, null)).getMessage());
        assertEquals("Data setting 'labels' must be the labels file that goes with the IDX images, found none.",
                assertThrows(IllegalArgumentException.class,
                        () -> new DataSpec("idx", "images.gz", null, null, 0, 0, 0, 0, 0, null, null)).getMessage());
        assertEquals("Data setting 'scaling' must be one of none, minmax, standardize, found 'log'.",
                assertThrows(IllegalArgumentException.class, () -> DataSpec.shipped("iris").withScaling("log")).getMessage());
        assertEquals("Augmentation setting 'rotation' must be from 0 to 180 degrees, found 270.0.",
                assertThrows(IllegalArgumentException.class, () -> new AugmentationSpec(270, 0, 0, false, 0)).getMessage());
    }

    @Test
    void shapesAndClassesKnownWithoutReadingAFile() {
        assertEquals(Optional.of(new Shape(28, 28, 1)), DataSpec.shipped("mnist-10k").knownSampleShape());
        assertEquals(10, DataSpec.shipped("digits").knownClasses());
        assertEquals(Optional.of(new Shape(4)), DataSpec.shipped("iris").knownSampleShape());
        assertEquals(3, DataSpec.spiral().knownClasses());
        DataSpec csv = new DataSpec("csv", "wine.csv", null, "quality", 0, 0, 0, 0, 0, "standardize", null);
        assertFalse(csv.knownSampleShape().isPresent());
        assertEquals(0, csv.knownClasses());
    }

    @Test
    void anAutoInputTakesTheDataShape() {
        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeSetting("input_1", "shape", "auto"));
        assertTrue(s.project().analyse().isValid(), () -> s.project().analyse().problems().toString());
        assertEquals(new Shape(2), s.project().analyse().layer("input_1").shape());
        s.execute(new ChangeTraining(s.project().training(),
                new DataSpec("csv", "points.csv", null, null, 0, 0, 0, 0, 0, null, null), "data"));
        assertEquals("input_1 takes its shape from the data, which is known once the file is read: press Train, "
                + "or type the shape (such as 13 or 28x28x1).", s.project().analyse().layer("input_1").problem());
        assertTrue(Analysis.of(s.project().graph(), 3, new Shape(2)).isValid());
    }

    @Test
    void theFileNamesOnlyWhatTheSourceUses(@TempDir Path dir) throws Exception {
        CommandStack s = Fixtures.spiralMlp();
        DataSpec mnist = DataSpec.shipped("iris").withScaling("standardize").withAugmentation(new AugmentationSpec(10, 0.1, 0, true, 0));
        s.execute(new ChangeTraining(s.project().training(), mnist, "data"));
        Path file = dir.resolve("p.json");
        ProjectIO.write(s.project(), file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"source\" : \"iris\""), text);
        assertFalse(text.contains("\"samples\""), text);
        assertEquals(mnist, ProjectIO.read(file).data());
    }

    @Test
    void onlyACsvChoosesWhatAMissingValueDoes(@TempDir Path dir) throws Exception {
        DataSpec csv = new DataSpec("csv", "gaps.csv", null, null, 0, 0, 0, 0, 0, null, null).withMissing("mean");
        assertEquals("mean", csv.missing());
        assertEquals("Data setting 'missing' must be one of fail, drop, mean, and only for a csv source, found 'guess'.",
                assertThrows(IllegalArgumentException.class, () -> csv.withMissing("guess")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DataSpec.shipped("iris").withMissing("drop"));
        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeTraining(s.project().training(), csv, "data"));
        Path file = dir.resolve("p.json");
        ProjectIO.write(s.project(), file);
        assertTrue(Files.readString(file).contains("\"missing\" : \"mean\""));
        assertEquals(csv, ProjectIO.read(file).data());
    }

    @Test
    void anImageFolderIsResizedToTheSizeItNames(@TempDir Path dir) throws Exception {
        DataSpec pets = DataSpec.images("pets", 32, 24, 3);
        assertEquals("32x24x3", pets.image());
        assertEquals(Optional.of(new Shape(32, 24, 3)), pets.knownSampleShape());
        assertEquals(0, pets.knownClasses());
        assertEquals("16x16x1", pets.withImage("16 x 16 x 1").image());
        String expected = "Data setting 'image' must be a size HxWxC such as 28x28x1, with sides from 1 to 4096 and C 1 (greyscale) or 3 (RGB), found ";
        assertEquals(expected + "'32x24x2'.",
                assertThrows(IllegalArgumentException.class, () -> pets.withImage("32x24x2")).getMessage());
        assertEquals(expected + "'32x24'.", assertThrows(IllegalArgumentException.class, () -> pets.withImage("32x24")).getMessage());
        assertEquals(expected + "'big'.", assertThrows(IllegalArgumentException.class, () -> pets.withImage("big")).getMessage());
        assertEquals(expected + "'5000x5000x1'.",
                assertThrows(IllegalArgumentException.class, () -> pets.withImage("5000x5000x1")).getMessage());
        assertEquals(expected + "none.", assertThrows(IllegalArgumentException.class, () -> pets.withImage(null)).getMessage());
        assertEquals("Data setting 'path' must be the data file of source 'images', found none.",
                assertThrows(IllegalArgumentException.class, () -> DataSpec.images(null, 8, 8, 1)).getMessage());
        assertEquals("Data setting 'image' must be unset: only an images source is resized, found '8x8x1'.",
                assertThrows(IllegalArgumentException.class, () -> new DataSpec("csv", "a.csv", null, null, 0, 0, 0, 0, 0,
                        null, null, null, null, "8x8x1")).getMessage());

        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeTraining(s.project().training(), pets.withScaling("minmax"), "data"));
        Path file = dir.resolve("p.json");
        ProjectIO.write(s.project(), file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"image\" : \"32x24x3\""), text);
        assertTrue(text.indexOf("\"scaling\"") < text.indexOf("\"image\""), text);
        assertEquals(pets.withScaling("minmax"), ProjectIO.read(file).data());
    }

    @Test
    void aProjectFileWithoutAnImageSizeStillLoads(@TempDir Path dir) throws Exception {
        CommandStack s = Fixtures.spiralMlp();
        Path file = dir.resolve("p.json");
        ProjectIO.write(s.project(), file);
        String text = Files.readString(file);
        assertFalse(text.contains("\"image\""), text);
        assertEquals(s.project().data(), ProjectIO.read(file).data());
        assertNull(ProjectIO.read(file).data().image());
    }

    @Test
    void aCsvLeavesOutTheColumnsItNames(@TempDir Path dir) throws Exception {
        DataSpec csv = new DataSpec("csv", "people.csv", null, "kind", 0, 0, 0, 0, 0, null, null).withExclude(List.of("id", "name"));
        assertEquals(List.of("id", "name"), csv.exclude());
        assertEquals(List.of(), csv.withExclude(null).exclude());
        assertEquals("Data setting 'exclude' names column 'kind', which is the label column: a label cannot be left out.",
                assertThrows(IllegalArgumentException.class, () -> csv.withExclude(List.of("kind"))).getMessage());
        assertEquals("Data setting 'exclude' must be a list of distinct column names, found 'id' twice.",
                assertThrows(IllegalArgumentException.class, () -> csv.withExclude(List.of("id", "id"))).getMessage());
        assertEquals("Data setting 'exclude' must be a list of column names, found an empty name.",
                assertThrows(IllegalArgumentException.class, () -> csv.withExclude(List.of(" "))).getMessage());
        assertEquals("Data setting 'exclude' must be unset: only a csv source leaves out columns, found [id].",
                assertThrows(IllegalArgumentException.class, () -> DataSpec.shipped("iris").withExclude(List.of("id"))).getMessage());

        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeTraining(s.project().training(), csv, "data"));
        Path file = dir.resolve("p.json");
        ProjectIO.write(s.project(), file);
        String text = Files.readString(file);
        assertTrue(text.replaceAll("\\s", "").contains("\"exclude\":[\"id\",\"name\"]"), text);
        assertEquals(csv, ProjectIO.read(file).data());

        s.execute(new ChangeTraining(s.project().training(), csv.withExclude(List.of()), "data"));
        ProjectIO.write(s.project(), file);
        assertFalse(Files.readString(file).contains("exclude"), "a file that leaves out nothing does not say so");
        assertEquals(List.of(), ProjectIO.read(file).data().exclude());
    }

    @Test
    void aTestFractionIsHeldBackFromAnySource(@TempDir Path dir) throws Exception {
        DataSpec iris = DataSpec.shipped("iris").withTest(0.2);
        assertEquals(0.2, iris.test());
        assertEquals(0.2, iris.withScaling("minmax").withTask(DataSpec.CLASSIFICATION).test(), "the other changes keep it");
        assertEquals("Data setting 'test' must be a fraction of the samples from 0 up to (not including) 1, found 1.0.",
                assertThrows(IllegalArgumentException.class, () -> iris.withTest(1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> iris.withTest(-0.1));

        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeTraining(s.project().training(), iris, "data"));
        Path file = dir.resolve("p.json");
        ProjectIO.write(s.project(), file);
        assertTrue(Files.readString(file).contains("\"test\" : 0.2"), Files.readString(file));
        assertEquals(iris, ProjectIO.read(file).data());
        s.execute(new ChangeTraining(s.project().training(), iris.withTest(0), "data"));
        ProjectIO.write(s.project(), file);
        assertFalse(Files.readString(file).contains("\"test\""), "no test part, nothing written");
    }

    @Test
    void aCsvMayTestOnASeparateFileButNotAlsoOnAFraction(@TempDir Path dir) throws Exception {
        DataSpec csv = new DataSpec("csv", "train.csv", null, "kind", 0, 0, 0, 0, 0, null, null).withTestFile("exam.csv");
        assertEquals("exam.csv", csv.testFile());
        assertEquals("exam.csv", csv.withScaling("minmax").withExclude(List.of("id")).withValidation("check.csv").testFile(),
                "the other changes keep it");
        assertNull(csv.withTestFile(null).testFile());
        assertEquals("Data settings 'test' (0.2) and 'testFile' ('exam.csv') both name a test part: hold back a fraction of the samples "
                + "or test on a separate file, not both.", assertThrows(IllegalArgumentException.class, () -> csv.withTest(0.2)).getMessage());
        assertEquals("Data setting 'testFile' must be unset: only a csv source takes a separate test file, found 'exam.csv'.",
                assertThrows(IllegalArgumentException.class, () -> DataSpec.shipped("iris").withTestFile("exam.csv")).getMessage());

        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeTraining(s.project().training(), csv, "data"));
        Path file = dir.resolve("p.json");
        ProjectIO.write(s.project(), file);
        assertTrue(Files.readString(file).contains("\"testFile\" : \"exam.csv\""), Files.readString(file));
        assertEquals(csv, ProjectIO.read(file).data());
        s.execute(new ChangeTraining(s.project().training(), csv.withTestFile(null), "data"));
        ProjectIO.write(s.project(), file);
        assertFalse(Files.readString(file).contains("testFile"), "a project without a test file loads and saves as before");
        assertNull(ProjectIO.read(file).data().testFile());
    }
}
