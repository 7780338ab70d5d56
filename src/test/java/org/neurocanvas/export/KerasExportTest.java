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
    void everySampleEveryLayerKindAndEveryHeadGiveValidPython() throws Exception {
        assumeTrue(Python.has("py_compile"), "python3 is not installed");
        List<Project> projects = new ArrayList<>(KerasWeightsTest.networks());
        projects.add(TestModels.withHead("spiral-mlp", "dense_3", 1, "binary_cross_entropy"));
        projects.add(TestModels.withHead("iris-mlp", "dense_2", 2, "huber"));
        List<String> files = new ArrayList<>();
        for (Project project : projects) {
            Path file = dir.resolve("model_" + files.size() + ".py");
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
    void aRegressionEndsInItsValuesAndASingleLogitInTheProbabilitiesOfBothClasses() throws Exception {
        String values = KerasExport.code(TestModels.randomBundle(TestModels.withHead("iris-mlp", "dense_2", 2, "huber"), 5), "iris");
        assertTrue(values.contains("    output_1 = layers.Identity(name=\"output_1\")(dense_2)\n"), values);
        assertTrue(values.contains("    \"\"\"The predicted values, shape (n, 2).\"\"\"\n"), values);
        String binary = KerasExport.code(TestModels.randomBundle(TestModels.withHead("spiral-mlp", "dense_3", 1, "binary_cross_entropy"), 6),
                "spiral");
        assertTrue(binary.contains("    output_1 = layers.Activation(\"sigmoid\", name=\"output_1\")(dense_3)\n"), binary);
        assertTrue(binary.contains("    p = keras.ops.convert_to_numpy(model(x, training=False))\n"
                + "    return np.concatenate([1 - p, p], axis=1)\n"), binary);
    }

    @Test
    void theImageKindsBecomeKerasLayers() throws Exception {
        String code = KerasExport.code(TestModels.randomBundle(TestNetworks.imageKinds(), 7), "images");
        assertTrue(code.contains(" = layers.Conv2DTranspose(4, kernel_size=3, strides=2, padding=\"same\", activation=\"relu\", "
                + "name=\"conv2dtranspose_1\")(input_1)\n"), code);
        assertTrue(code.contains(" = layers.DepthwiseConv2D(kernel_size=3, strides=2, padding=\"same\", depth_multiplier=2, activation=\"tanh\", "
                + "name=\"depthwiseconv2d_1\")(conv2dtranspose_1)\n"), code);
        assertTrue(code.contains(" = layers.UpSampling2D(size=2, name=\"upsampling2d_1\")(maxpool2d_1)\n"), code);
        assertTrue(code.contains(" = layers.ZeroPadding2D(padding=1, name=\"zeropadding2d_1\")(input_1)\n"), code);
        assertTrue(code.contains(" = layers.GlobalMaxPooling2D(name=\"globalmaxpool2d_1\")(depthwiseconv2d_1)\n"), code);
        assertTrue(code.contains(" = layers.Multiply(name=\"multiply_1\")([conv2dtranspose_3, upsampling2d_2, activation_1])\n"), code);
        assertTrue(code.contains("\"depthwiseconv2d_1\": [arrays[\"depthwiseconv2d_1/W\"], arrays[\"depthwiseconv2d_1/b\"]],  "
                + "# depthwise kernel [kernel, kernel, channels, multiplier], bias\n"), code);
    }

    @Test
    void theSequenceKindsBecomeKerasLayersWithTheirHelpers() throws Exception {
        String sequences = KerasExport.code(TestModels.randomBundle(TestNetworks.sequenceKinds(), 8), "sequences");
        assertTrue(sequences.contains("    gru_2 = layers.Bidirectional(layers.GRU(5, return_sequences=True, reset_after=True), merge_mode=\"concat\", "
                + "name=\"gru_2\")(input_1)\n"), sequences);
        assertTrue(sequences.contains("    lstm_1 = layers.Bidirectional(layers.LSTM(6), merge_mode=\"concat\", name=\"lstm_1\")(conv1d_1)\n"), sequences);
        assertTrue(sequences.contains("    simplernn_2 = layers.SimpleRNN(2, return_sequences=True, name=\"simplernn_2\")(layernorm_1)\n"), sequences);
        assertTrue(sequences.contains("    globalmaxpool2d_1 = layers.GlobalMaxPooling1D(name=\"globalmaxpool2d_1\")(layernorm_1)\n"), sequences);
        assertTrue(sequences.contains("    layernorm_1 = layers.LayerNormalization(epsilon=0.01, name=\"layernorm_1\")(dense_1)\n"), sequences);
        assertTrue(sequences.contains("        \"gru_2\": gru_weights(arrays, \"gru_2/forward\") + gru_weights(arrays, \"gru_2/backward\"),"), sequences);
        assertTrue(sequences.contains("\ndef gru_weights(arrays, prefix):\n"), sequences);
        assertFalse(sequences.contains("class PositionalEncoding"), "a network without positions needs no PositionalEncoding layer");

        String tokens = KerasExport.code(TestModels.randomBundle(TestNetworks.tokenKinds(), 9), "tokens");
        assertTrue(tokens.contains("    embedding_1 = layers.Embedding(5, 8, name=\"embedding_1\")(input_1)\n"
                + "    positionalencoding_1 = PositionalEncoding(6, 8, learned=True, name=\"positionalencoding_1\")(embedding_1)\n"
                + "    multiheadattention_1 = layers.MultiHeadAttention(num_heads=2, key_dim=4, name=\"multiheadattention_1\")"
                + "(positionalencoding_1, positionalencoding_1, use_causal_mask=True)\n"), tokens);
        assertTrue(tokens.contains("        \"positionalencoding_2\": [sinusoidal_positions(6, 4)],  # fixed sines and cosines\n"), tokens);
        assertTrue(tokens.contains("\nclass PositionalEncoding(layers.Layer):\n") && tokens.contains("\ndef attention_weights(arrays, prefix, heads):\n"),
                tokens);
    }
}
