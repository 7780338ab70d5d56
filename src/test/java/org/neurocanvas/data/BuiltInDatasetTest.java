package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BuiltInDatasetTest {

    /** Three classes where the data set allows it, two where it is fixed. */
    private static int classesFor(BuiltInDataset kind) {
        return kind.fixedClasses() ? 2 : 3;
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void theSameArgumentsGiveTheSameArrays(BuiltInDataset kind) {
        Dataset first = kind.generate(300, classesFor(kind), 0.1, 17);
        Dataset second = kind.generate(300, classesFor(kind), 0.1, 17);
        assertArrayEquals(first.features(), second.features());
        assertArrayEquals(first.labels(), second.labels());
        assertFalse(Arrays.equals(first.features(), kind.generate(300, classesFor(kind), 0.1, 18).features()));
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void givesTwoFeaturesPerSampleAndLabelsInRange(BuiltInDataset kind) {
        Dataset data = kind.generate(301, classesFor(kind), 0.1, 3);
        assertEquals(kind.id(), data.name());
        assertEquals(301, data.size());
        assertArrayEquals(new int[] {2}, data.sampleShape());
        assertEquals(602, data.features().length);
        assertEquals(classesFor(kind), data.classes());
        assertEquals(classesFor(kind), data.classNames().size());
        assertTrue(Arrays.stream(data.labels()).allMatch(label -> label >= 0 && label < data.classes()));
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void splitsSamplesAsEvenlyAsPossibleAmongClasses(BuiltInDataset kind) {
        int classes = classesFor(kind);
        int[] counts = new int[classes];
        Arrays.stream(kind.generate(301, classes, 0.1, 3).labels()).forEach(label -> counts[label]++);
        int expectedMax = (301 + classes - 1) / classes;
        assertTrue(Arrays.stream(counts).allMatch(n -> n == 301 / classes || n == expectedMax),
                Arrays.toString(counts));
    }

    @ParameterizedTest
    @EnumSource(BuiltInDataset.class)
    void samplesAreNotSortedByClass(BuiltInDataset kind) {
        int[] labels = kind.generate(200, classesFor(kind), 0.1, 5).labels();
        int changes = 0;
        for (int i = 1; i < labels.length; i++) {
            changes += labels[i] != labels[i - 1] ? 1 : 0;
        }
        assertTrue(changes > 50, "only " + changes + " label changes in 200 samples");
    }

    @Test
    void spiralArmsAndGaussianClustersFollowTheClassCount() {
        Dataset spiral = BuiltInDataset.SPIRAL.generate(100, 5, 0.1, 1);
        assertEquals(List.of("arm 1", "arm 2", "arm 3", "arm 4", "arm 5"), spiral.classNames());
        assertEquals(List.of("cluster 1", "cluster 2"), BuiltInDataset.GAUSSIANS.generate(10, 2, 0, 1).classNames());
        assertEquals(List.of("inner", "outer"), BuiltInDataset.CIRCLES.generate(10, 2, 0, 1).classNames());
    }

    @Test
    void theSpiralDefeatsANearestCentroidClassifier() {
        Dataset spiral = BuiltInDataset.SPIRAL.generate(600, 3, 0.1, 7);
        double[][] centroids = new double[3][2];
        int[] labels = spiral.labels();
        for (int i = 0; i < spiral.size(); i++) {
            centroids[labels[i]][0] += spiral.feature(i, 0) / 200.0;
            centroids[labels[i]][1] += spiral.feature(i, 1) / 200.0;
        }
        int correct = 0;
        for (int i = 0; i < spiral.size(); i++) {
            int nearest = 0;
            for (int c = 1; c < 3; c++) {
                if (squaredDistance(spiral, i, centroids[c]) < squaredDistance(spiral, i, centroids[nearest])) {
                    nearest = c;
                }
            }
            correct += nearest == labels[i] ? 1 : 0;
        }
        assertTrue(correct / 600.0 < 0.8, "nearest centroid is " + correct / 600.0 + " accurate");
    }

    @Test
    void moonsStayWithinOneAndAHalf() {
        float[] features = BuiltInDataset.MOONS.generate(600, 2, 0.1, 7).features();
        for (float value : features) {
            assertTrue(Math.abs(value) <= 1.5, "moons coordinate " + value);
        }
    }

    @Test
    void findsDataSetsByTheirIds() {
        for (BuiltInDataset kind : BuiltInDataset.values()) {
            assertEquals(kind, BuiltInDataset.byId(kind.id()));
            assertFalse(kind.description().isBlank());
        }
        assertEquals(BuiltInDataset.XOR, BuiltInDataset.byId("XOR"));
        assertEquals(List.of(true, true, true), List.of(BuiltInDataset.MOONS.fixedClasses(),
                BuiltInDataset.CIRCLES.fixedClasses(), BuiltInDataset.XOR.fixedClasses()));
        assertFalse(BuiltInDataset.SPIRAL.fixedClasses() || BuiltInDataset.GAUSSIANS.fixedClasses());
    }

    @Test
    void rejectsAnUnknownId() {
        assertMessage("Unknown data set 'foo': expected one of spiral, moons, circles, xor, gaussians.",
                () -> BuiltInDataset.byId("foo"));
    }

    @Test
    void rejectsNegativeOrUndefinedNoise() {
        assertMessage("Setting 'noise' of data set 'spiral' must be >= 0, found -0.5.",
                () -> BuiltInDataset.SPIRAL.generate(100, 3, -0.5, 1));
        assertMessage("Setting 'noise' of data set 'moons' must be a finite number >= 0, found NaN.",
                () -> BuiltInDataset.MOONS.generate(100, 2, Double.NaN, 1));
        assertMessage("Setting 'noise' of data set 'xor' must be a finite number >= 0, found Infinity.",
                () -> BuiltInDataset.XOR.generate(100, 2, Double.POSITIVE_INFINITY, 1));
    }

    @Test
    void rejectsAClassCountTheDataSetCannotHave() {
        assertMessage("Setting 'classes' of data set 'moons' must be 2 (moons always has two classes), found 3.",
                () -> BuiltInDataset.MOONS.generate(100, 3, 0.1, 1));
        assertMessage("Setting 'classes' of data set 'circles' must be 2 (circles always has two classes), found 1.",
                () -> BuiltInDataset.CIRCLES.generate(100, 1, 0.1, 1));
        assertMessage("Setting 'classes' of data set 'gaussians' must be >= 2, found 1.",
                () -> BuiltInDataset.GAUSSIANS.generate(100, 1, 0.1, 1));
    }

    @Test
    void rejectsTooFewOrTooManySamples() {
        assertMessage("Setting 'samples' of data set 'spiral' must be >= 8 (2 per class), found 7.",
                () -> BuiltInDataset.SPIRAL.generate(7, 4, 0.1, 1));
        assertMessage("Setting 'samples' of data set 'xor' must be <= 1073741823, found 2147483647.",
                () -> BuiltInDataset.XOR.generate(Integer.MAX_VALUE, 2, 0.1, 1));
    }

    private static double squaredDistance(Dataset data, int sample, double[] point) {
        double dx = data.feature(sample, 0) - point[0];
        double dy = data.feature(sample, 1) - point[1];
        return dx * dx + dy * dy;
    }

    private static void assertMessage(String expected, Runnable call) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call::run);
        assertEquals(expected, error.getMessage());
    }
}
