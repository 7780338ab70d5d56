package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTargetsTest {

    @TempDir
    Path folder;

    /** Four samples of one feature i, each with the target pair (i, -i). */
    private static Dataset pairs() {
        return Dataset.regression("pairs", new float[] {0, 1, 2, 3}, new int[] {1},
                new float[] {0, 0, 1, -1, 2, -2, 3, -3}, 2);
    }

    @Test
    void regressionTargetsHaveTheirWidthAndNoClasses() {
        Dataset data = pairs();
        assertFalse(data.isClassification());
        assertEquals(4, data.size());
        assertEquals(2, data.targetWidth());
        assertArrayEquals(new int[] {2}, data.targetShape());
        assertEquals(0, data.classes());
        assertEquals(List.of(), data.classNames());
        assertEquals("Data set 'pairs' has targets of 2 values to predict, not class labels.",
                assertThrows(IllegalStateException.class, data::labels).getMessage());
    }

    @Test
    void gatherCopiesTargetsOfTheirWidth() {
        float[] x = new float[2];
        float[] y = new float[4];
        pairs().gather(new int[] {3, 1}, 0, 2, x, y);
        assertArrayEquals(new float[] {3, 1}, x);
        assertArrayEquals(new float[] {3, -3, 1, -1}, y);
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> pairs().gather(new int[] {0, 1}, 0, 2, new float[2], new float[3]));
        assertEquals("Batch buffers of data set 'pairs' are too small for 2 samples: expected x of 2 and y of 4"
                + " values, found 2 and 3.", small.getMessage());
    }

    @Test
    void subsetKeepsEachTargetWithItsSample() {
        Dataset subset = pairs().subset(new int[] {2, 0});
        assertArrayEquals(new float[] {2, 0}, subset.features());
        assertArrayEquals(new float[] {2, -2, 0, 0}, subset.targets());
    }

    @Test
    void targetsThatDoNotFitTheFeaturesAreASentence() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Dataset.regression("odd", new float[3], new int[] {1}, new float[5], 2));
        assertEquals("Data set 'odd' has 5 target values, expected a whole number of targets of 2 values each"
                + " (and at least 1 value per target).", error.getMessage());
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> Dataset.regression("few", new float[3], new int[] {1}, new float[2], 1));
        assertEquals("Data set 'few' has 2 targets of 1 features each, expected 2 feature values, found 3.",
                count.getMessage());
    }

    @Test
    void aReconstructionSetTargetsItsOwnFeatures() {
        Dataset images = Dataset.ofBytes("images", new byte[] {0, (byte) 255, 51, 102}, 1f / 255,
                new int[] {1, 2, 1}, new int[] {0, 1}, 2, List.of("a", "b"));
        Dataset auto = images.reconstruction();
        assertTrue(auto.isReconstruction());
        assertFalse(auto.isClassification());
        assertEquals(2, auto.targetWidth());
        assertArrayEquals(new int[] {1, 2, 1}, auto.targetShape());
        assertEquals(images.featureBytes(), auto.featureBytes());
        float[] x = new float[4];
        float[] y = new float[4];
        auto.gather(new int[] {1, 0}, 0, 2, x, y);
        assertArrayEquals(new float[] {0.2f, 0.4f, 0, 1}, x, 1e-7f);
        assertArrayEquals(x, y);
    }

    @Test
    void aScaledReconstructionSetReconstructsTheScaledValues() {
        Dataset auto = Dataset.regression("r", new float[] {1, 3}, new int[] {1}, new float[] {0, 0}, 1)
                .reconstruction();
        Dataset scaled = Scaling.MIN_MAX.fit(auto).apply(auto);
        assertArrayEquals(new float[] {0, 1}, scaled.targets());
        assertArrayEquals(scaled.features(), scaled.targets());
    }

    @Test
    void aRegressionSplitIsRandomNotStratifiedAndCoversEverySample() {
        float[] x = new float[50];
        float[] y = new float[50];
        for (int i = 0; i < 50; i++) {
            x[i] = i;
            y[i] = 10 * i;
        }
        Dataset data = Dataset.regression("line", x, new int[] {1}, y, 1);
        Split split = data.split(0.2, 7);
        assertEquals(40, split.train().size());
        assertEquals(10, split.validation().size());
        float[] seen = new float[50];
        System.arraycopy(split.train().features(), 0, seen, 0, 40);
        System.arraycopy(split.validation().features(), 0, seen, 40, 10);
        float[] targets = split.validation().targets();
        for (int i = 0; i < 10; i++) {
            assertEquals(10 * split.validation().feature(i, 0), targets[i]);
        }
        Arrays.sort(seen);
        assertArrayEquals(x, seen);
        assertArrayEquals(split.validation().features(), data.split(0.2, 7).validation().features());
    }

    @Test
    void csvCanReadANumericLabelAsARegressionTarget() throws Exception {
        Path file = Files.writeString(folder.resolve("houses.csv"),
                "rooms,area,price\n3,70.5,210.25\n2,48,150\n5,120,399.5\n");
        Dataset data = CsvLoader.load(file, CsvOptions.defaults().regression(true));
        assertFalse(data.isClassification());
        assertEquals(1, data.targetWidth());
        assertArrayEquals(new float[] {210.25f, 150, 399.5f}, data.targets());
        assertArrayEquals(new float[] {3, 70.5f, 2, 48, 5, 120}, data.features());
        CsvReport report = CsvLoader.inspect(file, CsvOptions.defaults().regression(true));
        assertEquals(List.of(), report.classNames());
        assertEquals(150, report.columns().get(2).min());
    }

    @Test
    void csvRegressionTargetsMustBeNumbers() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.csv"), "a,price\n1,3\n2,4\n3,cheap\n");
        DataFileException error = assertThrows(DataFileException.class,
                () -> CsvLoader.load(file, CsvOptions.defaults().regression(true)));
        assertEquals("bad.csv line 4, column 'price': expected a number to predict (a regression target),"
                + " found 'cheap'.", error.getMessage());
    }
}
