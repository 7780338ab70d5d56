package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.compile.DataPipeline;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Split;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.TrainingSpec;

/** The PyTorch training folder: its data are the project's split, scaled; its script trains in one process and in two under torchrun. */
class PyTorchTrainingTest {

    private static final Pattern EPOCH = Pattern.compile("epoch 1/1  loss=(\\S+)  acc=(\\S+)  val_loss=(\\S+)  val_acc=(\\S+)  time=");

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
    void aHeadTheTrainingScriptCannotTrainIsNamedBeforeAnythingIsWritten() throws Exception {
        ModelBundle bundle = TestModels.randomBundle(TestModels.withHead("spiral-mlp", "dense_3", 1, "binary_cross_entropy"), 8);
        Path folder = dir.resolve("spiral");
        ModelFileException e = assertThrows(ModelFileException.class, () -> PyTorchTraining.write(bundle, folder));
        assertEquals("Model 'spiral-mlp' is trained with binary cross-entropy, but the PyTorch training folder trains softmax classifiers "
                + "only for now: export the PyTorch module instead.", e.getMessage());
        assertFalse(Files.exists(folder));
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
