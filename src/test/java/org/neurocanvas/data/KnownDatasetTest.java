package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real data sets that ship in samples/data, read as any user file would be. */
class KnownDatasetTest {

    private static final List<String> DIGIT_NAMES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @Test
    void irisHas150FlowersOf4MeasurementsIn3Species() throws Exception {
        Dataset iris = KnownDataset.IRIS.load();
        assertEquals(150, iris.size());
        assertArrayEquals(new int[] {4}, iris.sampleShape());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classNames());
        assertArrayEquals(new int[] {50, 50, 50}, classCounts(iris));
        assertArrayEquals(new float[] {5.1f, 3.5f, 1.4f, 0.2f}, Arrays.copyOf(iris.features(), 4));
    }

    @Test
    void digitsHas1797ImagesOf8By8In10Classes() throws Exception {
        Dataset digits = KnownDataset.DIGITS.load();
        assertEquals(1797, digits.size());
        assertEquals(64, digits.featureCount());
        assertArrayEquals(new int[] {8, 8, 1}, digits.sampleShape());
        assertEquals(DIGIT_NAMES, digits.classNames());
        assertEquals(1797L * 64, digits.featureBytes());
        float max = 0;
        for (float v : digits.features()) {
            max = Math.max(max, v);
        }
        assertEquals(16f, max);
    }

    @Test
    void mnistHas10000RealDigitsRoughlyBalancedAndMixed() throws Exception {
        Dataset mnist = KnownDataset.MNIST_10K.load();
        assertEquals(10_000, mnist.size());
        assertArrayEquals(new int[] {28, 28, 1}, mnist.sampleShape());
        assertEquals(DIGIT_NAMES, mnist.classNames());
        assertEquals(7_840_000L, mnist.featureBytes());
        assertTrue(Arrays.stream(classCounts(mnist)).allMatch(n -> n > 800 && n < 1200),
                Arrays.toString(classCounts(mnist)));
        int[] first100 = classCounts(mnist.subset(java.util.stream.IntStream.range(0, 100).toArray()));
        assertTrue(Arrays.stream(first100).allMatch(n -> n > 0), "classes are mixed: " + Arrays.toString(first100));
        assertInkInTheMiddle(mnist);
    }

    @Test
    void fashionMnistHas10000TestImagesOf10Garments() throws Exception {
        Dataset fashion = KnownDataset.FASHION_MNIST_10K.load();
        assertEquals(10_000, fashion.size());
        assertArrayEquals(new int[] {28, 28, 1}, fashion.sampleShape());
        assertEquals("Ankle boot", fashion.classNames().get(9));
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000},
                classCounts(fashion));
    }

    @Test
    void idxFilesKnownByTheirNameOrFolderToBeFashionMnistNameItsGarments(@TempDir Path dir) throws Exception {
        assertEquals(KnownDataset.FASHION_CLASSES, KnownDataset.idxClassNames(Path.of("samples/data/fashion-mnist-t10k-images-idx3-ubyte.gz")));
        assertEquals(KnownDataset.FASHION_CLASSES, KnownDataset.idxClassNames(Path.of("/usr/share/datasets/fashion-mnist/train-labels-idx1-ubyte.gz")));
        assertNull(KnownDataset.idxClassNames(Path.of("samples/data/mnist-10k-images-idx3-ubyte.gz")));
        assertNull(KnownDataset.idxClassNames(Path.of("t10k-images-idx3-ubyte")));

        Path folder = Files.createDirectories(dir.resolve("Fashion"));
        Files.copy(Path.of("samples/data/fashion-mnist-t10k-images-idx3-ubyte.gz"), folder.resolve("t10k-images-idx3-ubyte.gz"));
        Files.copy(Path.of("samples/data/fashion-mnist-t10k-labels-idx1-ubyte.gz"), folder.resolve("t10k-labels-idx1-ubyte.gz"));
        Dataset read = IdxLoader.load(folder.resolve("t10k-images-idx3-ubyte.gz"), folder.resolve("t10k-labels-idx1-ubyte.gz"));
        assertEquals(List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
                read.classNames());
        assertEquals(DIGIT_NAMES, IdxLoader.load(Path.of("samples/data/mnist-10k-images-idx3-ubyte.gz"),
                Path.of("samples/data/mnist-10k-labels-idx1-ubyte.gz")).classNames());
    }

    @Test
    void theFullFashionMnistLoadsWhenDebianInstalledIt() throws Exception {
        assumeTrue(KnownDataset.FASHION_MNIST_60K.available(), "dataset-fashion-mnist is not installed");
        Dataset train = KnownDataset.FASHION_MNIST_60K.load();
        assertEquals(60_000, train.size());
        assertEquals(47_040_000L, train.featureBytes());
        assertEquals(6000, classCounts(train)[0]);
    }

    @Test
    void diabetesIsARegressionTableOfRawMeasurements() throws Exception {
        Dataset diabetes = KnownDataset.DIABETES.load();
        assertEquals(442, diabetes.size());
        assertEquals(10, diabetes.featureCount());
        assertEquals(1, diabetes.targetWidth());
        assertEquals(false, diabetes.isClassification());
        float[] progression = diabetes.targets();
        double sum = 0;
        for (float p : progression) {
            sum += p;
        }
        // scikit-learn's load_diabetes().target.mean() is 152.133...; the first patient is 59 years old, progression 151.
        assertEquals(152.133, sum / 442, 1e-3);
        assertEquals(59, diabetes.feature(0, 0));
        assertEquals(151, progression[0]);
    }

    @Test
    void theShippedSetsAreAvailableAndFoundById() {
        for (KnownDataset known : List.of(KnownDataset.IRIS, KnownDataset.DIABETES, KnownDataset.DIGITS, KnownDataset.MNIST_10K,
                KnownDataset.FASHION_MNIST_10K)) {
            assertTrue(known.available(), known.id());
        }
        for (KnownDataset known : KnownDataset.values()) {
            assertEquals(known, KnownDataset.byId(known.id().toUpperCase()));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> KnownDataset.byId("cifar"));
        assertEquals("Unknown data set 'cifar': expected one of iris, diabetes, digits, mnist-10k, fashion-mnist-10k,"
                + " fashion-mnist-60k.", error.getMessage());
    }

    /** Digits are centred: the middle of the mean image is darker than its border. */
    private static void assertInkInTheMiddle(Dataset images) {
        float[] x = new float[784];
        double centre = 0;
        double corner = 0;
        for (int i = 0; i < 500; i++) {
            images.gather(new int[] {i}, 0, 1, x, new float[1]);
            centre += x[14 * 28 + 14];
            corner += x[0];
        }
        assertTrue(centre > 100 && corner == 0, "centre " + centre + ", corner " + corner);
    }

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.classes()];
        Arrays.stream(data.labels()).forEach(label -> counts[label]++);
        return counts;
    }
}
