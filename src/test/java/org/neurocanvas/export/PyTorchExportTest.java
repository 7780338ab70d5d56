package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.model.Project;

/** The generated PyTorch modules, run by Debian's python3-torch, give the engine's probabilities to 1e-5. */
class PyTorchExportTest {

    private static final double TOLERANCE = 1e-5;

    /** Imports each module from its file, loads its bundle, predicts the samples and saves the probabilities. */
    static final String DRIVER = """
            import importlib.util, sys
            import numpy as np
            args = sys.argv[1:]
            for i in range(0, len(args), 4):
                code, bundle, samples, out = args[i:i + 4]
                spec = importlib.util.spec_from_file_location("exported_%d" % i, code)
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                predictions = module.predict(module.load(bundle), np.load(samples))
                np.save(out, predictions.reshape(len(predictions), -1).astype(np.float32))
            print("predicted", len(args) // 4)
            """;

    @TempDir
    Path dir;

    @Test
    void everySampleEveryLayerKindAndEveryHeadPredictInPyTorchAsInTheEngine() throws Exception {
        assumeTrue(Python.has("torch"), "python3-torch is not installed");
        List<Project> projects = new ArrayList<>();
        for (String sample : TestModels.SAMPLES) {
            projects.add(TestModels.sample(sample));
        }
        projects.add(TestNetworks.residualCnn());
        projects.add(TestNetworks.sequence());
        projects.add(TestNetworks.imageKinds());
        projects.add(TestNetworks.sequenceKinds());
        projects.add(TestNetworks.tokenKinds());
        projects.add(TestModels.withHead("spiral-mlp", "dense_3", 1, "binary_cross_entropy"));
        projects.add(TestModels.withHead("iris-mlp", "dense_2", 2, "huber"));
        List<String> args = new ArrayList<>();
        List<float[][]> expected = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            ModelBundle bundle = TestModels.randomBundle(projects.get(i), 20 + i);
            float[][] samples = TestModels.inputs(bundle, 16, i);
            expected.add(NeuroCanvasModel.of(bundle).predict(samples));
            args.addAll(files(dir, "model_" + i, bundle, samples));
        }
        Python.Result result = Python.run(DRIVER, args.toArray(String[]::new));
        assertEquals("predicted " + projects.size(), result.output().strip(), result.output());
        for (int i = 0; i < projects.size(); i++) {
            float[][] torch = rows(Npy.read("out", Files.readAllBytes(Path.of(args.get(4 * i + 3)))));
            double difference = TestModels.maxDifference(expected.get(i), torch);
            assertTrue(difference <= TOLERANCE, projects.get(i).name() + " (network " + i + "): PyTorch differs from the engine by " + difference);
        }
    }

    @Test
    void theModuleReadsLikeTheCanvas() throws Exception {
        String code = PyTorchExport.code(TestModels.randomBundle(TestModels.sample("digits-cnn"), 1), "digits_cnn");
        assertTrue(code.contains("class DigitsCnn(nn.Module):"), code);
        assertTrue(code.contains("        self.conv2d_1 = nn.Conv2d(1, 16, kernel_size=3, stride=1, padding=(1, 1))\n"), code);
        assertTrue(code.contains("        input_1_channels_first = input_1.permute(0, 3, 1, 2)"), code);
        assertTrue(code.contains("        conv2d_1 = torch.relu(self.conv2d_1(input_1_channels_first))\n"), code);
        assertTrue(code.contains("        \"dense_1.weight\": arrays[\"dense_1/W\"].T,  # [in, out] -> [out, in]\n"), code);
        assertTrue(code.contains("    import digits_cnn\n"), code);
        assertTrue(code.contains("INPUT_SHAPE = (8, 8, 1)\n"), code);
    }

    /** Writes the module, the bundle and the samples for {@link #DRIVER}; returns its four arguments. */
    static List<String> files(Path dir, String stem, ModelBundle bundle, float[][] samples) throws Exception {
        String module = new PythonNames().of(stem);
        Path code = dir.resolve(module + ".py");
        Path file = dir.resolve(module + ".ncmodel");
        Path input = dir.resolve(module + "_samples.npy");
        bundle.writeTo(file);
        PyTorchExport.write(bundle, code);
        Files.write(input, Npy.write(new long[] {samples.length, samples[0].length}, flatten(samples)));
        return List.of(code.toString(), file.toString(), input.toString(), dir.resolve(module + "_out.npy").toString());
    }

    private static float[] flatten(float[][] rows) {
        float[] flat = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * rows[0].length, rows[0].length);
        }
        return flat;
    }

    static float[][] rows(Tensor t) {
        int n = (int) t.shape()[0];
        int width = (int) t.shape()[1];
        float[] values = t.values();
        float[][] rows = new float[n][width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(values, i * width, rows[i], 0, width);
        }
        return rows;
    }
}
