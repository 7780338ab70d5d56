package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Split;
import org.neurocanvas.model.Project;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.train.TrainingEvent;

/**
 * The "done means" of the export issue: every sample network (but keras-cifar-cnn, whose data is
 * not shipped) trains for a few real batches of its own data, as the Trainer runs them, and its
 * ONNX export in ONNX Runtime, and its PyTorch module in python3-torch, predict what the trained
 * network predicts, to 1e-5 on probabilities or values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainedSamplesExportTest {

    private static final double TOLERANCE = 1e-5;
    /** Enough batches that every weight and running statistic has moved, few enough for CI. */
    private static final int TRAINING_SAMPLES = 192;
    private static final int VALIDATION_SAMPLES = 32;

    static List<String> samples() {
        return List.of("spiral-mlp", "iris-mlp", "digits-cnn", "lenet5", "mnist-cnn", "fashion-mnist-cnn", "resnet-block",
                "lstm-sequence", "transformer-encoder", "autoencoder");
    }

    private final List<ModelBundle> trained = new ArrayList<>();

    @BeforeAll
    void trainEverySampleForAFewBatches() throws Exception {
        for (String sample : samples()) {
            trained.add(train(TestModels.sample(sample)));
        }
    }

    /** One epoch over the first samples of the project's training split, then the network as a bundle. */
    private static ModelBundle train(Project project) throws Exception {
        Compiler.Compiled c = Compiler.compile(project);
        Split split = new Split(first(c.data().train(), TRAINING_SAMPLES), first(c.data().validation(), VALIDATION_SAMPLES));
        var t = project.training();
        Trainer trainer = new Trainer(c.program(), c.optimizer(), split, t.batchSize(), 1, t.seed());
        TrainingEvent end = trainer.run();
        assertInstanceOf(TrainingEvent.Finished.class, end, project.name() + " trains: " + end);
        return ModelBundle.of(project, c.program(), c.scaler(), c.data().train().classNames(), null);
    }

    private static Dataset first(Dataset data, int n) {
        return data.subset(IntStream.range(0, Math.min(n, data.size())).toArray());
    }

    private ModelBundle bundle(String sample) {
        return trained.get(samples().indexOf(sample));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theTrainedNetworkRunsInOnnxRuntimeWithTheSamePredictions(String sample) throws Exception {
        ModelBundle bundle = bundle(sample);
        float[][] samples = TestModels.inputs(bundle, 32, 1);
        float[][] engine = NeuroCanvasModel.of(bundle).predict(samples);
        float[][] onnx = OnnxRuntimeRunner.run(OnnxExport.model(bundle).toByteArray(), samples, bundle.inputShape().dims());
        double difference = TestModels.maxDifference(engine, onnx);
        assertTrue(difference <= TOLERANCE, sample + ": ONNX Runtime differs from the trained network by " + difference);
    }

    @Test
    void theTrainedNetworksPredictInPyTorchAsInTheEngine(@TempDir Path dir) throws Exception {
        assumeTrue(Python.has("torch"), "python3-torch is not installed");
        List<String> args = new ArrayList<>();
        List<float[][]> expected = new ArrayList<>();
        for (String sample : samples()) {
            ModelBundle bundle = bundle(sample);
            float[][] samples = TestModels.inputs(bundle, 16, 2);
            expected.add(NeuroCanvasModel.of(bundle).predict(samples));
            args.addAll(PyTorchExportTest.files(dir, sample, bundle, samples));
        }
        Python.Result result = Python.run(PyTorchExportTest.DRIVER, args.toArray(String[]::new));
        assertEquals("predicted " + samples().size(), result.output().strip(), result.output());
        for (int i = 0; i < samples().size(); i++) {
            float[][] torch = PyTorchExportTest.rows(Npy.read("out", Files.readAllBytes(Path.of(args.get(4 * i + 3)))));
            double difference = TestModels.maxDifference(expected.get(i), torch);
            assertTrue(difference <= TOLERANCE, samples().get(i) + ": PyTorch differs from the trained network by " + difference);
        }
    }
}
