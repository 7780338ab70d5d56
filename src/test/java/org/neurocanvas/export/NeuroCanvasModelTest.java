package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.data.Scaler;
import org.neurocanvas.data.Scaling;
import org.neurocanvas.engine.Program;
import org.neurocanvas.model.Project;
import org.neurocanvas.train.Predictions;

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

    @Test
    void aSingleBinaryCrossEntropyLogitGivesOneMinusPThenP() throws Exception {
        ModelBundle bundle = TestModels.randomBundle(TestModels.withHead("spiral-mlp", "dense_3", 1, "binary_cross_entropy"), 3);
        NeuroCanvasModel model = NeuroCanvasModel.of(bundle);
        float[][] samples = TestModels.samples(20, 2, 4);
        float[][] expected = Predictions.probabilities(TestModels.outputs(bundle.network(), bundle.scaler(), samples)).toFloatMatrix();
        float[][] actual = model.predict(samples);
        assertEquals(Head.SIGMOID, model.head());
        assertEquals(2, model.outputWidth());
        for (int i = 0; i < samples.length; i++) {
            assertArrayEquals(expected[i], actual[i]);
            assertEquals(1, actual[i][0] + actual[i][1], 1e-6);
        }
        assertEquals(NeuroCanvasModel.argMax(actual[5]), model.predictClass(samples)[5]);
    }

    @Test
    void aRegressionGivesTheOutputValuesThemselves() throws Exception {
        ModelBundle bundle = TestModels.randomBundle(TestModels.withHead("iris-mlp", "dense_2", 2, "huber"), 5);
        NeuroCanvasModel model = NeuroCanvasModel.of(bundle);
        float[][] samples = TestModels.samples(20, 4, 6);
        float[][] expected = TestModels.outputs(bundle.network(), bundle.scaler(), samples).toFloatMatrix();
        float[][] actual = model.predict(samples);
        assertEquals(Head.VALUES, model.head());
        assertEquals(List.of(), model.classNames());
        assertEquals(2, model.outputWidth());
        for (int i = 0; i < samples.length; i++) {
            assertArrayEquals(expected[i], actual[i]);
        }
        assertEquals("Model 'iris-mlp' predicts 2 values per sample, not classes.",
                assertThrows(IllegalStateException.class, () -> model.predictClass(samples)).getMessage());
    }

    @Test
    void aBundleWhoseClassNamesDoNotFitItsHeadIsRefused() throws Exception {
        Project project = TestModels.withHead("spiral-mlp", "dense_3", 1, "binary_cross_entropy");
        Program program = Compiler.program(project);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelBundle.of(project, program,
                new Scaler(Scaling.NONE, new float[2], new float[] {1, 1}), TestModels.classNames(3), null));
        assertEquals("Model 'spiral-mlp': there are 3 class names, but the network's head tells 2 classes apart.", e.getMessage());
    }
}
