package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.compile.DataPipeline;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.engine.Optimizer;
import org.neurocanvas.engine.Program;
import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.DeleteElements;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;

class ModelBundleTest {

    @TempDir
    Path dir;

    /** Trains a few batches, so that weights, BatchNorm statistics and Adam have all moved off their start. */
    private static void trainSteps(Project project, Program program, DataPipeline.Prepared data, int steps) {
        Optimizer optimizer = Compiler.optimizer(project.training());
        Dataset train = data.split().train();
        int batch = 32;
        float[] x = new float[batch * train.featureCount()];
        float[] y = new float[batch];
        int[] order = IntStream.range(0, train.size()).toArray();
        for (int step = 0; step < steps; step++) {
            int from = step * batch % (train.size() - batch);
            train.gather(order, from, batch, x, y);
            program.forward(Nd4j.create(x, new long[] {batch, train.featureCount()}, 'c'), true);
            program.loss(Nd4j.create(y, new long[] {batch}, 'c'));
            program.backward();
            optimizer.step(program.parameters());
        }
    }

    private static float[][] rawSamples(Project project, int count) throws Exception {
        Dataset all = DataPipeline.load(project);
        float[] features = all.features();
        float[][] samples = new float[count][all.featureCount()];
        for (int i = 0; i < count; i++) {
            System.arraycopy(features, i * all.featureCount(), samples[i], 0, all.featureCount());
        }
        return samples;
    }

    private void assertSameAnswersAfterSaving(Project project) throws Exception {
        DataPipeline.Prepared data = DataPipeline.prepare(project);
        Program program = Compiler.program(project);
        trainSteps(project, program, data, 20);
        float[][] samples = rawSamples(project, 60);
        float[][] before = TestModels.enginePredictions(program, data.scaler(), samples);

        Path file = dir.resolve(project.name() + ModelBundle.EXTENSION);
        ModelBundle.write(file, project, program, data.scaler(), data.split().train().classNames(), null);
        NeuroCanvasModel loaded = NeuroCanvasModel.load(file);

        float[][] after = loaded.predict(samples);
        for (int i = 0; i < samples.length; i++) {
            assertArrayEquals(before[i], after[i], "sample " + i);
        }
        assertEquals(data.split().train().classNames(), loaded.classNames());
    }

    @Test
    void aTrainedSpiralMlpPredictsBitForBitTheSameAfterLoading() throws Exception {
        assertSameAnswersAfterSaving(TestModels.sample("spiral-mlp"));
    }

    @Test
    void aStandardizedIrisMlpKeepsItsScalingAndInputShapeAuto() throws Exception {
        Project iris = TestModels.sample("iris-mlp");
        assertSameAnswersAfterSaving(iris);
        NeuroCanvasModel model = NeuroCanvasModel.load(dir.resolve("iris-mlp.ncmodel"));
        assertArrayEquals(new int[] {4}, model.inputShape());
        assertEquals("STANDARDIZE", model.bundle().scaler().scaling().name());

        // The example of package-info.java, as the README shows it.
        float[][] samples = {{5.1f, 3.5f, 1.4f, 0.2f}, {6.7f, 3.0f, 5.2f, 2.3f}};
        float[][] probabilities = model.predict(samples);
        int[] best = model.predictClass(samples);
        assertTrue(model.classNames().contains(model.classNames().get(best[0])));
        assertTrue(probabilities[0][best[0]] > 1f / 3);
    }

    @Test
    void anAutoInputOverIdxImagesKeepsTheirHeightWidthAndChannels() throws Exception {
        CommandStack s = new CommandStack(TestModels.sample("mnist-cnn"));
        Path data = Path.of("samples/data").toAbsolutePath();
        s.execute(new ChangeTraining(s.project().training(), new DataSpec("idx", data.resolve("mnist-10k-images-idx3-ubyte.gz").toString(),
                data.resolve("mnist-10k-labels-idx1-ubyte.gz").toString(), null, 0, 0, 0, 0, 0, "minmax", null), "data"));
        s.execute(new ChangeSetting("input_1", "shape", "auto"));
        Compiler.Compiled c = Compiler.compile(s.project());
        Path file = dir.resolve("mnist-auto" + ModelBundle.EXTENSION);
        ModelBundle.write(file, s.project(), c.program(), c.scaler(), c.data().train().classNames(), null);
        assertArrayEquals(new int[] {28, 28, 1}, NeuroCanvasModel.load(file).inputShape(), "not a flat 784, so images can be resized for it");
    }

    @Test
    void batchNormStatisticsAndDropoutSurviveTheRoundTrip() throws Exception {
        CommandStack stack = new CommandStack(Project.empty());
        AddLayer dense = new AddLayer(stack.project().graph(), Catalog.DENSE, 0, 0, "input_1");
        stack.execute(dense);
        AddLayer norm = new AddLayer(stack.project().graph(), Catalog.BATCH_NORM, 0, 0, dense.layerId());
        stack.execute(norm);
        AddLayer drop = new AddLayer(stack.project().graph(), Catalog.DROPOUT, 0, 0, norm.layerId());
        stack.execute(drop);
        AddLayer head = new AddLayer(stack.project().graph(), Catalog.DENSE, 0, 0, drop.layerId());
        stack.execute(head);
        stack.execute(new ChangeSetting(head.layerId(), "units", 3));
        stack.execute(new ChangeSetting(head.layerId(), "activation", "linear"));
        stack.execute(new Connect(head.layerId(), "output_1"));
        assertSameAnswersAfterSaving(stack.project());

        ModelBundle bundle = ModelBundle.read(dir.resolve("untitled.ncmodel"));
        assertFalse(bundle.isTrainable("batchnorm_1/moving_mean"));
        assertTrue(bundle.isTrainable("batchnorm_1/gamma"));
        assertNotEquals(0f, bundle.tensors().get("batchnorm_1/moving_mean").values()[0], "the statistics moved in training");
    }

    @Test
    void theZipHoldsTheProjectTheWeightsAsNpyAndAManifestWithChecksums() throws Exception {
        Project project = TestModels.sample("digits-cnn");
        ModelBundle bundle = TestModels.randomBundle(project, 3);
        Path file = dir.resolve("digits.ncmodel");
        bundle.writeTo(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = zip.stream().map(e -> e.getName()).toList();
            assertEquals(List.of("manifest.json", "project.json", "classes.json", "scaler.json", "scaler/shift.npy",
                    "scaler/factor.npy", "weights/conv2d_1/W.npy", "weights/conv2d_1/b.npy", "weights/dense_1/W.npy",
                    "weights/dense_1/b.npy", "weights/dense_2/W.npy", "weights/dense_2/b.npy"), names);
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes());
            assertTrue(manifest.contains("\"format\" : \"neurocanvas-model\""), manifest);
            assertTrue(manifest.contains("\"inputShape\" : [ 8, 8, 1 ]"), manifest);
            byte[] conv = zip.getInputStream(zip.getEntry("weights/conv2d_1/W.npy")).readAllBytes();
            assertTrue(new String(conv, 0, 128).contains("'shape': (3, 3, 1, 16)"));
            assertTrue(manifest.contains(BundleWriter.sha256(conv)));
            Path saved = dir.resolve("saved.json");
            ProjectIO.write(project, saved);
            assertArrayEquals(Files.readAllBytes(saved), zip.getInputStream(zip.getEntry("project.json")).readAllBytes(),
                    "project.json is the project file as Save writes it");
        }
        assertEquals(List.of(), List.of(dir.toFile().list((d, n) -> n.endsWith(".tmp"))), "no temporary file is left");
        assertEquals(List.of(), List.of(Path.of("samples").toFile().list((d, n) -> n.startsWith(".neurocanvas"))),
                "no scratch file is left beside the project");
    }

    @Test
    void theHistoryTravelsWithTheModelIncludingMissingValidationFigures() throws Exception {
        Project project = TestModels.sample("spiral-mlp");
        ModelBundle random = TestModels.randomBundle(project, 5);
        TrainingHistory history = new TrainingHistory(List.of(new TrainingHistory.Epoch(1, 1.1, 0.4, Double.NaN, Double.NaN),
                new TrainingHistory.Epoch(2, 0.7, 0.6, 0.8, 0.55)));
        Path file = dir.resolve("spiral.ncmodel");
        ModelBundle.write(file, project, random.network(), random.scaler(), random.classNames(), history);
        assertEquals(history, ModelBundle.read(file).history().orElseThrow());
        assertTrue(ModelBundle.read(file).created().startsWith("20"));
    }

    @Test
    void writingReplacesAnExistingBundle() throws Exception {
        Project project = TestModels.sample("spiral-mlp");
        Path file = dir.resolve("model.ncmodel");
        Files.writeString(file, "an older file");
        TestModels.randomBundle(project, 1).writeTo(file);
        assertEquals(TestModels.randomBundle(project, 1).tensors(), ModelBundle.read(file).tensors());
    }

    @Test
    void anInvalidNetworkCannotBeSaved() throws Exception {
        Project project = TestModels.sample("spiral-mlp");
        Program program = Compiler.program(project);
        ModelBundle bundle = TestModels.randomBundle(project, 1);
        new DeleteElements(List.of("dense_3"), List.of()).execute(project);
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelBundle.of(project, program, bundle.scaler(), bundle.classNames(), null));
        assertTrue(e.getMessage().startsWith("Model 'spiral-mlp' cannot be saved: "), e.getMessage());
    }

    @Test
    void aNetworkEditedAfterTrainingCannotBeSavedWithItsOldWeights() throws Exception {
        Project project = TestModels.sample("spiral-mlp");
        Program trained = Compiler.program(project);
        ModelBundle bundle = TestModels.randomBundle(project, 1);
        new ChangeSetting("dense_2", "units", 32).execute(project);
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelBundle.of(project, trained, bundle.scaler(), bundle.classNames(), null));
        assertEquals("Model 'spiral-mlp' cannot be saved: layer dense_2 changed after training (dense_2/W is [64, 64] in the "
                + "trained network but [64, 32] on the canvas); train the network again.", e.getMessage());
    }
}
