package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeuroCanvasModelTest {

    @TempDir
    Path dir;

    @Test
    void predictionsScaleRawSamplesAsTrainingDid() throws Exception {
        ModelBundle bundle = TestModels.randomBundle(TestModels.sample("digits-cnn"), 7);
        Path file = dir.resolve("digits.ncmodel");
        bundle.writeTo(file);
        NeuroCanvasModel model = NeuroCanvasModel.load(file);
        float[][] samples = TestModels.samples(30, 64, 1);
        float[][] expected = TestModels.enginePredictions(bundle.network(), bundle.scaler(), samples);
        float[][] actual = model.predict(samples);
        for (int i = 0; i < samples.length; i++) {
            assertArrayEquals(expected[i], actual[i]);
        }
        int[] classes = model.predictClass(samples);
        for (int i = 0; i < samples.length; i++) {
            assertEquals(NeuroCanvasModel.argMax(expected[i]), classes[i]);
        }
        assertArrayEquals(new int[] {8, 8, 1}, model.inputShape());
        assertEquals(64, model.featureCount());
        assertEquals(TestModels.classNames(10), model.classNames());
        assertEquals("digits-cnn", model.name());
    }

    @Test
    void manySamplesArePredictedInChunksWithProbabilitiesThatSumToOne() throws Exception {
        NeuroCanvasModel model = NeuroCanvasModel.of(TestModels.randomBundle(TestModels.sample("spiral-mlp"), 2));
        float[][] p = model.predict(TestModels.samples(2500, 2, 3));
        assertEquals(2500, p.length);
        for (float[] row : p) {
            float sum = 0;
            for (float v : row) {
                sum += v;
            }
            assertEquals(1, sum, 1e-5);
        }
        assertEquals(0, model.predict(new float[0][]).length);
    }

    @Test
    void aSampleOfTheWrongLengthIsNamed() throws Exception {
        NeuroCanvasModel model = NeuroCanvasModel.of(TestModels.randomBundle(TestModels.sample("iris-mlp"), 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.predict(new float[][] {{1, 2, 3, 4}, {1, 2, 3}}));
        assertEquals("Sample 2 has 3 values, but model 'iris-mlp' takes 4 (input shape 4).", e.getMessage());
    }
}
