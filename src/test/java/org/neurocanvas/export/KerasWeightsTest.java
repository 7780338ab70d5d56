package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.engine.Program;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.layers.BatchNormKind;
import org.neurocanvas.model.layers.Conv2DKind;
import org.neurocanvas.model.layers.LayerNormKind;
import org.neurocanvas.model.layers.MultiHeadAttentionKind;
import org.neurocanvas.model.layers.RecurrentKind;

/**
 * The arrays the generated Keras module hands to each layer's {@code set_weights}, run through
 * Keras's documented computation of that layer ({@link KerasLayers}, {@link KerasSequenceLayers}),
 * give what the engine's layer gives on the same input: the layouts, the gate orders, the GRU's
 * biases, attention's heads and the sinusoidal table are right for every weighted kind. The
 * arrays come from the module's own {@code layer_weights(read_bundle(bundle))}, run by numpy
 * without Keras, which cannot be installed here.
 */
class KerasWeightsTest {

    private static final double TOLERANCE = 1e-4;

    /** Runs each module without Keras (its imports and its Layer classes left out) and saves every layer's weights as .npy files. */
    private static final String SAVE_WEIGHTS = """
            import ast, os, sys
            import numpy as np
            args = sys.argv[1:]
            for i in range(0, len(args), 3):
                module, bundle, out = args[i:i + 3]
                with open(module) as source:
                    tree = ast.parse(source.read())
                kept = [node for node in tree.body if not isinstance(node, ast.ClassDef)
                        and not (isinstance(node, (ast.Import, ast.ImportFrom)) and "keras" in ast.unparse(node))]
                namespace = {}
                exec(compile(ast.Module(body=kept, type_ignores=[]), module, "exec"), namespace)
                for layer, arrays in namespace["layer_weights"](namespace["read_bundle"](bundle)).items():
                    os.makedirs(os.path.join(out, layer))
                    for j, array in enumerate(arrays):
                        np.save(os.path.join(out, layer, f"{j}.npy"), np.ascontiguousarray(array))
            print("saved", len(args) // 3)
            """;

    @TempDir
    Path dir;

    /** Every sample network, the branching ones and the networks of the newer kinds: every kind of the catalogue. */
    static List<Project> networks() throws Exception {
        List<Project> projects = new ArrayList<>();
        for (String sample : TestModels.SAMPLES) {
            projects.add(TestModels.sample(sample));
        }
        for (String sample : List.of("lstm-sequence", "transformer-encoder", "autoencoder", "resnet-block")) {
            projects.add(TestModels.sample(sample));
        }
        projects.add(TestNetworks.residualCnn());
        projects.add(TestNetworks.sequence());
        projects.add(TestNetworks.imageKinds());
        projects.add(TestNetworks.sequenceKinds());
        projects.add(TestNetworks.tokenKinds());
        return projects;
    }

    @Test
    void kerasComputesWhatTheEngineComputesFromTheArraysTheModuleGivesIt() throws Exception {
        assumeTrue(Python.has("numpy"), "python3-numpy is not installed");
        List<Project> projects = networks();
        List<ModelBundle> bundles = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (int n = 0; n < projects.size(); n++) {
            ModelBundle bundle = TestModels.randomBundle(projects.get(n), 40 + n);
            bundles.add(bundle);
            Path module = dir.resolve("model_" + n + ".py");
            Path file = dir.resolve("model_" + n + ".ncmodel");
            KerasExport.write(bundle, module);
            bundle.writeTo(file);
            args.addAll(List.of(module.toString(), file.toString(), dir.resolve("weights_" + n).toString()));
        }
        Python.Result saved = Python.run(SAVE_WEIGHTS, args.toArray(String[]::new));
        assertEquals("saved " + projects.size(), saved.output().strip(), saved.output());

        Set<String> kindsChecked = new HashSet<>();
        for (int n = 0; n < projects.size(); n++) {
            ModelBundle bundle = bundles.get(n);
            Program program = bundle.network();
            TestModels.outputs(program, bundle.scaler(), TestModels.inputs(bundle, 3, n));
            KerasModel keras = KerasModel.of(bundle);
            Set<String> loaded = new HashSet<>();
            for (LayerPlan.Step step : LayerPlan.of(bundle.project(), "Keras")) {
                KerasWeights w = KerasWeights.of(step);
                if (w.isEmpty()) {
                    continue;
                }
                INDArray[] weights = read(dir.resolve("weights_" + n).resolve(keras.kerasNames.get(step.id())));
                INDArray x = program.output(node(program, step.inputs().get(0), "/reshape"));
                INDArray expected = program.output(node(program, step.id(), "/linear"));
                INDArray actual = keras(step, x.castTo(DataType.DOUBLE), weights);
                String where = projects.get(n).name() + ", " + step.id();
                assertArrayEquals(expected.shape(), actual.shape(), where);
                double difference = expected.castTo(DataType.DOUBLE).sub(actual).amaxNumber().doubleValue();
                assertTrue(difference <= TOLERANCE, where + ": Keras's computation differs by " + difference);
                loaded.addAll(w.tensors());
                kindsChecked.add(step.kind().id());
            }
            assertEquals(bundle.tensors().keySet(), loaded, projects.get(n).name() + ": every trained tensor goes to Keras once");
        }
        assertEquals(Set.of("Dense", "Conv2D", "Conv1D", "Conv2DTranspose", "DepthwiseConv2D", "BatchNorm", "LayerNorm", "LSTM", "GRU",
                "SimpleRNN", "Embedding", "PositionalEncoding", "MultiHeadAttention"), kindsChecked);
    }

    /** A layer's saved weights, 0.npy, 1.npy ... in set_weights order. */
    private static INDArray[] read(Path layer) throws Exception {
        assertTrue(Files.isDirectory(layer), layer + ": layer_weights gives this layer no weights");
        try (var files = Files.list(layer)) {
            int count = (int) files.count();
            INDArray[] arrays = new INDArray[count];
            for (int i = 0; i < count; i++) {
                Tensor t = Npy.read(i + ".npy", Files.readAllBytes(layer.resolve(i + ".npy")));
                arrays[i] = Nd4j.create(t.values(), t.shape(), 'c').castTo(DataType.DOUBLE);
            }
            return arrays;
        }
    }

    /** The engine node that holds a layer's value before its activation, or its input reshaped: the suffixed one where it exists. */
    private static String node(Program program, String layer, String suffix) {
        return program.nodeNames().contains(layer + suffix) ? layer + suffix : layer;
    }

    private static INDArray keras(LayerPlan.Step step, INDArray x, INDArray[] w) {
        LayerKind kind = step.kind();
        if (kind == Catalog.DENSE) {
            return KerasLayers.dense(x, w[0], w[1]);
        } else if (kind == Catalog.CONV2D) {
            return KerasLayers.conv2d(x, w[0], w[1], step.setting(Conv2DKind.STRIDE), step.setting(Conv2DKind.DILATION),
                    step.text(Conv2DKind.PADDING));
        } else if (kind == Catalog.CONV1D) {
            return KerasLayers.conv1d(x, w[0], w[1], step.setting(Conv2DKind.STRIDE), step.setting(Conv2DKind.DILATION),
                    step.text(Conv2DKind.PADDING));
        } else if (kind == Catalog.CONV2D_TRANSPOSE) {
            return KerasLayers.conv2dTranspose(x, w[0], w[1], step.setting(Conv2DKind.STRIDE), step.text(Conv2DKind.PADDING));
        } else if (kind == Catalog.DEPTHWISE_CONV2D) {
            return KerasLayers.depthwiseConv2d(x, w[0], w[1], step.setting(Conv2DKind.STRIDE), step.text(Conv2DKind.PADDING));
        } else if (kind == Catalog.BATCH_NORM) {
            return KerasLayers.batchNormalization(x, w[0], w[1], w[2], w[3], step.number(BatchNormKind.EPSILON));
        } else if (kind == Catalog.LAYER_NORM) {
            return KerasLayers.layerNormalization(x, w[0], w[1], step.number(LayerNormKind.EPSILON));
        } else if (kind == Catalog.EMBEDDING) {
            return KerasSequenceLayers.embedding(x, w[0]);
        } else if (kind == Catalog.POSITIONAL_ENCODING) {
            return KerasSequenceLayers.positions(x, w[0]);
        } else if (kind == Catalog.MULTI_HEAD_ATTENTION) {
            return KerasSequenceLayers.multiHeadAttention(x, w, step.flag(MultiHeadAttentionKind.CAUSAL));
        }
        if (!step.flag(RecurrentKind.BIDIRECTIONAL)) {
            return recurrent(step, w, 0).apply(x);
        }
        return KerasSequenceLayers.bidirectional(x, recurrent(step, w, 0), recurrent(step, w, w.length / 2));
    }

    /** One direction of a recurrent layer, from its three weights at {@code first}. */
    private static UnaryOperator<INDArray> recurrent(LayerPlan.Step step, INDArray[] w, int first) {
        boolean sequences = RecurrentKind.SEQUENCE.equals(step.text(RecurrentKind.RETURNS));
        INDArray kernel = w[first];
        INDArray recurrentKernel = w[first + 1];
        INDArray bias = w[first + 2];
        if (step.kind() == Catalog.GRU) {
            return x -> KerasSequenceLayers.gru(x, kernel, recurrentKernel, bias, sequences);
        } else if (step.kind() == Catalog.SIMPLE_RNN) {
            return x -> KerasSequenceLayers.simpleRnn(x, kernel, recurrentKernel, bias, sequences);
        }
        return x -> KerasLayers.lstm(x, kernel, recurrentKernel, bias, sequences);
    }
}
