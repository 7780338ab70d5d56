package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingTest {

    /** Feature 0: 1, 3, 5, 7; feature 1: always 4. */
    private static Dataset train() {
        return new Dataset("train", new float[] {1, 4, 3, 4, 5, 4, 7, 4}, new int[] {2}, new int[] {0, 1, 0, 1}, 2,
                List.of("a", "b"));
    }

    @Test
    void minMaxMapsTheTrainingRangeToZeroOneAndOnlyShiftsAConstant() {
        Scaler scaler = Scaling.MIN_MAX.fit(train());
        assertArrayEquals(new float[] {1, 4}, scaler.shift());
        assertArrayEquals(new float[] {1 / 6f, 1}, scaler.factor());
        assertArrayEquals(new float[] {0, 0, 1 / 3f, 0, 2 / 3f, 0, 1, 0}, scaler.apply(train()).features(), 1e-6f);
    }

    @Test
    void standardizeGivesMeanZeroAndUnitDeviation() {
        Dataset scaled = Scaling.STANDARDIZE.fit(train()).apply(train());
        double sd = Math.sqrt(5);
        assertArrayEquals(new float[] {(float) (-3 / sd), 0, (float) (-1 / sd), 0, (float) (1 / sd), 0,
                (float) (3 / sd), 0}, scaled.features(), 1e-6f);
    }

    @Test
    void statisticsComeFromTheTrainingSetAndApplyToOthersUnchanged() {
        Scaler scaler = Scaling.MIN_MAX.fit(train());
        Dataset test = new Dataset("test", new float[] {13, 10}, new int[] {2}, new int[] {0}, 2, List.of("a", "b"));
        assertArrayEquals(new float[] {2, 6}, scaler.apply(test).features(), 1e-6f);
        float[] batch = {13, 10, 1, 4};
        scaler.apply(batch, 2);
        assertArrayEquals(new float[] {2, 6, 0, 0}, batch, 1e-6f);
    }

    @Test
    void aScaledByteSetStaysByteBackedAndScalesWhileGathering() {
        Dataset pixels = Dataset.ofBytes("px", new byte[] {0, 10, 20, 30}, 1f / 255, new int[] {2}, new int[2], 1,
                List.of("a"));
        Dataset scaled = Scaling.MIN_MAX.fit(pixels).apply(pixels);
        assertEquals(4, scaled.featureBytes());
        float[] x = new float[4];
        scaled.gather(new int[] {1, 0}, 0, 2, x, new float[2]);
        assertArrayEquals(new float[] {1, 1, 0, 0}, x, 1e-6f);
        assertEquals(1f, scaled.subset(new int[] {1}).feature(0, 1), 1e-6);
    }

    @Test
    void noneChangesNothing() {
        Dataset data = train();
        assertSame(data, Scaling.NONE.fit(data).apply(data));
    }

    @Test
    void aScalerRoundTripsThroughJson() throws Exception {
        Scaler scaler = Scaling.STANDARDIZE.fit(train());
        ObjectMapper json = new ObjectMapper();
        assertEquals(scaler, json.readValue(json.writeValueAsString(scaler), Scaler.class));
    }

    @Test
    void rejectsAnEmptyTrainingSetOrAnotherFeatureCount() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> Scaling.STANDARDIZE.fit(train().subset(new int[0])));
        assertEquals("Cannot fit STANDARDIZE scaling to data set 'train': expected at least one sample, found none.",
                empty.getMessage());
        Dataset wide = new Dataset("wide", new float[3], new int[] {3}, new int[1], 1, List.of("a"));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> Scaling.MIN_MAX.fit(train()).apply(wide));
        assertEquals("A scaler fitted to 2 features cannot scale data set 'wide' of 3 features.", width.getMessage());
    }
}
