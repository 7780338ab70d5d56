package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.compile.DataPipeline;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Split;
import org.neurocanvas.engine.Program;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.model.TrainingSpec;

/**
 * The PyTorch training folder: its data are the project's split, scaled; its script trains in one
 * process and in two under torchrun, with the loss of every head (softmax or binary cross-entropy,
 * squared, absolute or Huber error, on float targets or on the samples themselves), computed as the
 * engine computes it.
 */
class PyTorchTrainingTest {

    private static final Pattern EPOCH = Pattern.compile("epoch 1/1  loss=(\\S+)  acc=(\\S+)  val_loss=(\\S+)  val_acc=(\\S+)  time=");
    private static final Pattern VALUE_EPOCH = Pattern.compile("epoch 1/1  loss=(\\S+)  val_loss=(\\S+)  time=");

    @TempDir
    Path dir;

    @Test
    void theDataAreTheProjectsSplitScaledAsTheBundleScales() throws Exception {
        Project project = TestModels.sample("iris-mlp");
        ModelBundle bundle = TestModels.randomBundle(project, 5);
        PyTorchTraining.write(bundle, dir);
        TrainingSpec t = project.training();
        Split split = DataPipeline.load(project).split(t.validationSplit(), t.seed());
        for (String part : new String[] {"train", "validation"}) {
            Dataset expected = bundle.scaler().apply(part.equals("train") ? split.train() : split.validation());
            Tensor features = Npy.read(part, Files.readAllBytes(dir.resolve(part + "_features.npy")));
            assertArrayEquals(new long[] {expected.size(), 4}, features.shape(), part);
            assertArrayEquals(expected.features(), features.values(), part);
            assertArrayEquals(expected.labels(), int64(Files.readAllBytes(dir.resolve(part + "_labels.npy"))), part);
        }
        assertEquals(105 + 45, split.train().size() + split.validation().size());
        assertArrayEquals(bundle.scaler().factor(), Npy.read("factor", Files.readAllBytes(dir.resolve("scaler_factor.npy"))).values());
        assertEquals(PyTorchExport.code(bundle, "model"), Files.readString(dir.resolve("model.py")));
        String script = Files.readString(dir.resolve("train.py"));
        assertTrue(script.contains("defaults are the project's settings: adam at learning rate 0.01, batches of 16 samples,\n100 epochs, seed 1."),
                script);
        assertTrue(script.contains("    optimizer = torch.optim.Adam(network.parameters(), lr=args.lr)\n"), script);
    }

    @Test
    void trainsOneEpochInTwoProcessesWithTorchrunAndAsAPlainScript() throws Exception {
        assumeTrue(Python.has("torch"), "python3-torch is not installed");
        Project project = TestModels.sample("iris-mlp");
        ModelBundle bundle = TestModels.randomBundle(project, 6);
        PyTorchTraining.write(bundle, dir);

        // torchrun is torch.distributed.run; Debian's torch 1.13 on Python 3.11 needs --redirects and --tee other than 0 (see train.py).
        Python.Result distributed = Python.in(dir.toFile(), "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
                "--redirects", "2", "--tee", "2", "train.py", "--epochs", "1", "--out", "distributed.pt");
        assertEquals(0, distributed.exitCode(), distributed.output());
        assertFiniteEpoch(distributed.output());
        assertTrue(Files.exists(dir.resolve("distributed.pt")), distributed.output());
        // One interpreter runs train.py as a plain script, then loads the weights it saved into model.py's module: from raw
        // samples they predict what the network gives on scaled ones, so the scaling went back into the saved buffers.
        float[][] raw = TestModels.samples(5, 4, 7);
        float[] scaled = flatten(raw);
        bundle.scaler().apply(scaled, raw.length);
        Files.write(dir.resolve("raw.npy"), Npy.write(new long[] {5, 4}, flatten(raw)));
        Files.write(dir.resolve("scaled.npy"), Npy.write(new long[] {5, 4}, scaled));
        Python.Result plain = Python.in(dir.toFile(), "-c", """
                import runpy, sys
                sys.argv = ["train.py", "--epochs", "1"]
                runpy.run_path("train.py", run_name="__main__")
                import numpy as np, torch, model
                state = torch.load("trained.pt")
                network = model.IrisMlp()
                network.load_state_dict(state)
                from_raw = model.predict(network.eval(), np.load("raw.npy"))
                unscaled = model.IrisMlp()
                unscaled.load_state_dict({k: v for k, v in state.items() if not k.startswith("scale_")}, strict=False)
                from_scaled = model.predict(unscaled.eval(), np.load("scaled.npy"))
                print("difference", float(np.abs(from_raw - from_scaled).max()))
                """);
        assertEquals(0, plain.exitCode(), plain.output());
        assertFiniteEpoch(plain.output());
        Matcher difference = Pattern.compile("difference (\\S+)").matcher(plain.output());
        assertTrue(difference.find() && Double.parseDouble(difference.group(1)) < 1e-6, plain.output());
    }

    @Test
    void everyOptimiserOfAProjectIsOneOfTorchs() throws Exception {
        assumeTrue(Python.has("torch"), "python3-torch is not installed");
        StringBuilder driver = new StringBuilder("import argparse, torch\nargs = argparse.Namespace(lr=0.01)\n");
        for (String id : TrainingSpec.OPTIMIZERS) {
            String expression = PyTorchTrainingScript.optimizer(new TrainingSpec(id, 0.01, 8, 1, 1, 0.2));
            driver.append("network = torch.nn.Linear(2, 2)\nnetwork(torch.ones(1, 2)).sum().backward()\n")
                    .append(expression).append(".step()\nprint('").append(id).append("')\n");
        }
        Python.Result result = Python.run(driver.toString());
        assertEquals(String.join("\n", TrainingSpec.OPTIMIZERS), result.output().strip(), result.output());
    }

    @Test
    void theScriptsLossIsTheEnginesForEveryHead() throws Exception {
        assumeTrue(Python.has("torch"), "python3-torch is not installed");
        List<Project> projects = List.of(TestModels.sample("iris-mlp"), TestModels.withHead("spiral-mlp", "dense_3", 1, "binary_cross_entropy"),
                regression("mean_squared_error"), regression("huber"), reconstruction("mean_absolute_error"));
        List<String> args = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            ModelBundle bundle = TestModels.randomBundle(projects.get(i), 30 + i);
            Path folder = dir.resolve("head_" + i);
            PyTorchTraining.write(bundle, folder);
            bundle.writeTo(folder.resolve("trained.ncmodel"));
            args.add(folder.toString());
            expected.add(engineValidationLoss(bundle));
        }
        // Each folder's train.py evaluates the bundle's own weights on the held-out samples it was given.
        Python.Result result = Python.run("""
                import sys
                import torch
                for folder in sys.argv[1:]:
                    sys.path.insert(0, folder)
                    sys.modules.pop("model", None)
                    sys.modules.pop("train", None)
                    import model, train
                    network = model.load(folder + "/trained.ncmodel")
                    state = {k: v for k, v in network.state_dict().items() if not k.startswith("scale_")}
                    unscaled = type(network)()
                    unscaled.load_state_dict(state, strict=False)  # the folder's samples are already scaled
                    result = train.evaluate(unscaled, *train.samples(folder, "validation"), torch.device("cpu"))
                    print("loss", result[0] if isinstance(result, tuple) else result)
                    sys.path.pop(0)
                """, args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.output());
        Matcher loss = Pattern.compile("loss (\\S+)").matcher(result.output());
        for (int i = 0; i < projects.size(); i++) {
            assertTrue(loss.find(), result.output());
            double difference = Math.abs(Double.parseDouble(loss.group(1)) - expected.get(i));
            assertTrue(difference < 1e-5 * Math.max(1, expected.get(i)), projects.get(i).data().task() + " " + i + ": PyTorch's loss "
                    + loss.group(1) + ", the engine's " + expected.get(i));
        }
    }

    @Test
    void aBinaryClassifierARegressionAndAnAutoencoderTrainOneEpoch() throws Exception {
        assumeTrue(Python.has("torch"), "python3-torch is not installed");
        Path binary = dir.resolve("binary");
        PyTorchTraining.write(TestModels.randomBundle(TestModels.withHead("spiral-mlp", "dense_3", 1, "binary_cross_entropy"), 9), binary);
        Python.Result classes = Python.in(binary.toFile(), "train.py", "--epochs", "1");
        assertEquals(0, classes.exitCode(), classes.output());
        assertFiniteEpoch(classes.output());

        Path regression = dir.resolve("regression");
        PyTorchTraining.write(TestModels.randomBundle(regression("huber"), 10), regression);
        Tensor targets = Npy.read("targets", Files.readAllBytes(regression.resolve("train_targets.npy")));
        assertEquals(2, targets.shape().length);
        assertEquals(1, targets.shape()[1]);
        assertTrue(Files.readString(regression.resolve("train.py")).contains("LOSS = nn.HuberLoss(delta=1.0)  # the Output layer's huber\n"));
        assertValueEpoch(Python.in(regression.toFile(), "train.py", "--epochs", "1"));

        Path autoencoder = dir.resolve("autoencoder");
        PyTorchTraining.write(TestModels.randomBundle(reconstruction("mean_absolute_error"), 11), autoencoder);
        try (var files = Files.list(autoencoder)) {
            assertEquals(List.of("model.py", "scaler_factor.npy", "scaler_shift.npy", "train.py", "train_features.npy", "validation_features.npy"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "an autoencoder's targets are its features");
        }
        assertValueEpoch(Python.in(autoencoder.toFile(), "train.py", "--epochs", "1"));
    }

    /** The iris network as a regression of the diabetes table's target, with this loss. */
    private static Project regression(String loss) throws Exception {
        return ProjectIO.fromJson(Files.readString(Path.of("samples/iris-mlp.json")).replace("\"units\": 3", "\"units\": 1")
                .replace("softmax_cross_entropy", loss).replace("\"source\": \"iris\"", "\"source\": \"diabetes\""), "diabetes.json");
    }

    /** The iris network reproducing its four (scaled) measurements, with this loss. */
    private static Project reconstruction(String loss) throws Exception {
        return ProjectIO.fromJson(Files.readString(Path.of("samples/iris-mlp.json")).replace("\"units\": 3", "\"units\": 4")
                .replace("softmax_cross_entropy", loss).replace("\"source\": \"iris\"", "\"source\": \"iris\", \"task\": \"reconstruction\""),
                "iris-autoencoder.json");
    }

    /** The engine's loss on the project's validation samples, scaled as the bundle scales, with the bundle's weights. */
    private static double engineValidationLoss(ModelBundle bundle) throws Exception {
        TrainingSpec t = bundle.project().training();
        Dataset validation = bundle.scaler().apply(DataPipeline.load(bundle.project()).split(t.validationSplit(), t.seed()).validation());
        int n = validation.size();
        float[] x = new float[n * validation.featureCount()];
        float[] y = new float[n * validation.targetWidth()];
        validation.gather(IntStream.range(0, n).toArray(), 0, n, x, y);
        Program program = bundle.network();
        program.forward(Nd4j.create(x, new long[] {n, validation.featureCount()}, 'c'), false);
        long[] shape = validation.targetWidth() == 1 ? new long[] {n} : new long[] {n, validation.targetWidth()};
        return program.loss(Nd4j.create(y, shape, 'c'));
    }

    private static void assertValueEpoch(Python.Result run) {
        assertEquals(0, run.exitCode(), run.output());
        Matcher m = VALUE_EPOCH.matcher(run.output());
        assertTrue(m.find(), run.output());
        assertTrue(Double.isFinite(Double.parseDouble(m.group(1))) && Double.isFinite(Double.parseDouble(m.group(2))), run.output());
        assertFalse(run.output().contains("acc="), "a regression has no accuracy:\n" + run.output());
        assertTrue(run.output().contains("saved: "), run.output());
    }

    private static void assertFiniteEpoch(String output) {
        Matcher m = EPOCH.matcher(output);
        assertTrue(m.find(), output);
        for (int g = 1; g <= 4; g++) {
            assertTrue(Double.isFinite(Double.parseDouble(m.group(g))), output);
        }
        assertEquals(1, output.split("epoch 1/1", -1).length - 1, "only process 0 prints:\n" + output);
        assertTrue(output.contains("saved: "), output);
    }

    /** The values of an int64 .npy file of one axis. */
    private static int[] int64(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        String header = new String(bytes, 10, in.getShort(8));
        assertTrue(header.contains("'descr': '<i8'"), header);
        int start = 10 + in.getShort(8);
        int[] values = new int[(bytes.length - start) / Long.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.toIntExact(in.getLong(start + i * Long.BYTES));
        }
        return values;
    }

    private static float[] flatten(float[][] rows) {
        float[] flat = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * rows[0].length, rows[0].length);
        }
        return flat;
    }
}
