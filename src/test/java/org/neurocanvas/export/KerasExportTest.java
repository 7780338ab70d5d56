package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Project;

/**
 * The generated Keras modules. Keras cannot be installed here, so the code is checked as Python by
 * the interpreter's compiler, and its weights by {@link KerasWeightsTest}.
 */
class KerasExportTest {

    /** Compiles every file given, stopping at the first syntax error. */
    private static final String COMPILE = """
            import py_compile, sys
            for path in sys.argv[1:]:
                py_compile.compile(path, doraise=True)
            print("compiled", len(sys.argv) - 1)
            """;

    @TempDir
    Path dir;

    @Test
    void everySampleAndTheBranchingNetworksGiveValidPython() throws Exception {
        assumeTrue(Python.has("py_compile"), "python3 is not installed");
        List<String> files = new ArrayList<>();
        for (Project project : KerasWeightsTest.networks()) {
            Path file = dir.resolve(new PythonNames().of(project.name()) + ".py");
            KerasExport.write(TestModels.randomBundle(project, files.size()), file);
            files.add(file.toString());
        }
        Python.Result result = Python.run(COMPILE, files.toArray(String[]::new));
        assertEquals("compiled " + files.size(), result.output().strip(), result.output());
    }

    @Test
    void theModuleReadsLikeTheCanvas() throws Exception {
        String code = KerasExport.code(TestModels.randomBundle(TestModels.sample("digits-cnn"), 1), "digits_cnn");
        assertTrue(code.contains("Written for Keras 3 (keras 3.0 or later"), code);
        assertTrue(code.contains("    input_1 = keras.Input(shape=INPUT_SHAPE, name=\"input_1\")\n"
                + "    input_1_scaling = Scaling(INPUT_SHAPE, name=\"input_1_scaling\")(input_1)"), code);
        assertTrue(code.contains("    conv2d_1 = layers.Conv2D(16, kernel_size=3, padding=\"same\", activation=\"relu\", name=\"conv2d_1\")(input_1_scaling)\n"
                + "    maxpool2d_1 = layers.MaxPooling2D(pool_size=2, strides=2, padding=\"valid\", name=\"maxpool2d_1\")(conv2d_1)\n"
                + "    flatten_1 = layers.Flatten(name=\"flatten_1\")(maxpool2d_1)\n"
                + "    dense_1 = layers.Dense(32, activation=\"relu\", name=\"dense_1\")(flatten_1)\n"
                + "    dense_2 = layers.Dense(10, name=\"dense_2\")(dense_1)\n"
                + "    output_1 = layers.Softmax(name=\"output_1\")(dense_2)\n"
                + "    return keras.Model(inputs=input_1, outputs=output_1, name=\"digits_cnn\")\n"), code);
        assertTrue(code.contains("        \"dense_1\": [arrays[\"dense_1/W\"], arrays[\"dense_1/b\"]],  # kernel [in, units], bias\n"), code);
        assertTrue(code.contains("INPUT_SHAPE = (8, 8, 1)\n"), code);
        assertTrue(code.contains("\ndef read_bundle(path):\n"), code);
    }

    @Test
    void theBranchesAndTheRecurrentLayerBecomeKerasLayers() throws Exception {
        String residual = KerasExport.code(TestModels.randomBundle(TestNetworks.residualCnn(), 2), "residual");
        assertTrue(residual.contains(" = layers.Add(name=\"add_1\")([batchnorm_1, conv2d_2])\n"), residual);
        assertTrue(residual.contains(" = layers.Concatenate(axis=1, name=\"concatenate_2\")([maxpool2d_1, avgpool2d_1])\n"), residual);
        assertTrue(residual.contains(" = layers.Conv2D(6, kernel_size=4, strides=2, padding=\"same\", activation=\"tanh\", name=\"conv2d_3\")"),
                residual);
        assertTrue(residual.contains("[arrays[\"batchnorm_1/gamma\"], arrays[\"batchnorm_1/beta\"], arrays[\"batchnorm_1/moving_mean\"], "
                + "arrays[\"batchnorm_1/moving_variance\"]]"), residual);
        assertFalse(residual.contains("class Scaling"), "a network without scaling needs no Scaling layer");
        String lstm = KerasExport.code(TestModels.randomBundle(TestModels.sample("lstm-sequence"), 3), "parity");
        assertTrue(lstm.contains("    lstm_1 = layers.LSTM(64, name=\"lstm_1\")(input_1)\n"), lstm);
        assertTrue(lstm.contains("\"lstm_1\": [arrays[\"lstm_1/W\"], arrays[\"lstm_1/U\"], arrays[\"lstm_1/b\"]],"), lstm);
    }

    @Test
    void aConvolutionKerasCannotExpressIsNamedBeforeAnythingIsWritten() throws Exception {
        Project project = TestModels.sample("digits-cnn");
        CommandStack stack = new CommandStack(project);
        stack.execute(new ChangeSetting("conv2d_1", "stride", 2));
        stack.execute(new ChangeSetting("conv2d_1", "dilation", 2));
        ModelBundle bundle = TestModels.randomBundle(project, 4);
        Path file = dir.resolve("model.py");
        ModelFileException e = assertThrows(ModelFileException.class, () -> KerasExport.write(bundle, file));
        assertEquals("Layer conv2d_1 has stride 2 and dilation 2, which Keras's Conv2D cannot combine: set one of them to 1 to export it to Keras.",
                e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void aRegressionEndsInItsValuesAndABidirectionalLstmIsNamed() throws Exception {
        String values = KerasExport.code(TestModels.randomBundle(TestModels.withHead("iris-mlp", "dense_2", 2, "huber"), 5), "iris");
        assertTrue(values.contains("    output_1 = layers.Identity(name=\"output_1\")(dense_2)\n"), values);
        Project project = TestModels.sample("lstm-sequence");
        new CommandStack(project).execute(new ChangeSetting("lstm_1", "bidirectional", true));
        ModelBundle bundle = TestModels.randomBundle(project, 6);
        assertEquals("Layer lstm_1 reads its sequence both ways, which the Keras export does not support yet: export to ONNX or PyTorch "
                + "instead, or untick bidirectional.", assertThrows(ModelFileException.class, () -> KerasExport.code(bundle, "parity")).getMessage());
    }
}
