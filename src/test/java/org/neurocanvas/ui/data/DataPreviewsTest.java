package org.neurocanvas.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.data.ColumnSummary;
import org.neurocanvas.model.AugmentationSpec;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.model.TrainingSpec;

class DataPreviewsTest {

    @TempDir
    Path dir;

    @Test
    void theShippedIrisTableKeepsItsColumnNamesTypesAndClasses() throws Exception {
        DataPreview p = DataPreviews.of(new Project("p", DataSpec.shipped("iris"), TrainingSpec.defaults()), 1);
        assertEquals("iris.csv: 150 rows, 5 columns, 3 classes", p.summary());
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "species"), p.table().columns());
        assertEquals(DataPreviews.ROWS, p.table().rows().size());
        assertEquals(List.of("5.1", "3.5", "1.4", "0.2", "setosa"), p.table().rows().get(0));
        ColumnSummary species = p.table().stats().get(4);
        assertEquals(ColumnSummary.Type.CATEGORICAL, species.type());
        assertEquals(List.of(50, 50, 50), species.counts());
        assertEquals(4.3, p.table().stats().get(0).min(), 1e-9);
        assertEquals(List.of(50, 50, 50), p.balance().counts());
        assertNull(p.images());
    }

    @Test
    void aCsvOfTheProjectIsReadFromItsFolderAsARegression() throws Exception {
        Files.writeString(dir.resolve("houses.csv"), "rooms,city,price\n3,a,100\n4,b,150\n2,a,\n");
        Path file = dir.resolve("p.json");
        Project project = new Project("p", new DataSpec("csv", "houses.csv", null, null, 0, 0, 0, 0, 0, null, null, DataSpec.REGRESSION, null),
                TrainingSpec.defaults());
        ProjectIO.write(project, file);
        DataPreview p = DataPreviews.of(ProjectIO.read(file), 1);
        assertEquals("houses.csv: 3 rows, 3 columns, a number to predict; 1 row has a missing value", p.summary());
        assertEquals(List.of("rooms", "city", "price"), p.table().columns());
        assertEquals(3, p.table().rows().size());
        assertEquals(1, p.table().stats().get(2).missing(), "the empty price is counted");
        assertNull(p.balance(), "a regression has no classes");
        assertEquals(List.of(), p.table().excluded());
        ProjectIO.write(new Project("p", project.data().withExclude(List.of("city")), TrainingSpec.defaults()), file);
        assertEquals(List.of("city"), DataPreviews.of(ProjectIO.read(file), 1).table().excluded(), "the Data tab says which are left out");
    }

    @Test
    void generatedPointsShowAsATableOfTheirValuesAndClass() throws Exception {
        DataPreview p = DataPreviews.of(new Project("p", DataSpec.spiral(), TrainingSpec.defaults()), 1);
        assertEquals("spiral: 600 samples of 2 values, 3 classes", p.summary());
        assertEquals(List.of("x1", "x2", "class"), p.table().columns());
        assertEquals(600, p.balance().total());
        ColumnSummary x1 = p.table().stats().get(0);
        assertEquals(ColumnSummary.Type.NUMERIC, x1.type());
        assertFalse(Double.isNaN(x1.std()));
    }

    @Test
    void imagesShowEvenlySpreadSamplesAndTheSameAugmentedWhenTheProjectAugments() throws Exception {
        DataSpec digits = DataSpec.shipped("digits");
        DataPreview plain = DataPreviews.of(new Project("p", digits, TrainingSpec.defaults()), 1);
        assertEquals(DataPreviews.IMAGES, plain.images().count());
        assertEquals(DataPreviews.IMAGES, plain.images().labels().size());
        assertNull(plain.images().augmented(), "the project augments nothing");
        assertNull(plain.table());

        DataSpec rotated = digits.withAugmentation(new AugmentationSpec(30, 0, 0, false, 0));
        DataPreview.Images a = DataPreviews.of(new Project("p", rotated, TrainingSpec.defaults()), 1).images();
        DataPreview.Images b = DataPreviews.of(new Project("p", rotated, TrainingSpec.defaults()), 2).images();
        assertNotNull(a.augmented());
        assertFalse(Arrays.equals(a.plain(), a.augmented()));
        assertFalse(Arrays.equals(a.augmented(), b.augmented()), "another seed, other variants");
        assertEquals(List.copyOf(plain.images().labels()), a.labels());
    }
}
