package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.DeleteElements;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;

/** Exported models, run in ONNX Runtime, give the engine's probabilities to 1e-5. */
class OnnxExportTest {

    private static final double TOLERANCE = 1e-5;

    @TempDir
    Path dir;

    static List<String> samples() {
        return TestModels.SAMPLES;
    }

    private static void assertOnnxMatchesEngine(Project project, long seed) throws Exception {
        ModelBundle bundle = TestModels.randomBundle(project, seed);
        float[][] samples = TestModels.inputs(bundle, 24, seed);
        float[][] engine = NeuroCanvasModel.of(bundle).predict(samples);
        float[][] onnx = OnnxRuntimeRunner.run(OnnxExport.model(bundle).toByteArray(), samples, bundle.inputShape().dims());
        double difference = TestModels.maxDifference(engine, onnx);
        assertTrue(difference <= TOLERANCE, project.name() + ": ONNX Runtime differs from the engine by " + difference);
    }

    static List<String> newerSamples() {
        return List.of("resnet-block", "transformer-encoder", "autoencoder");
    }

    @ParameterizedTest
    @MethodSource("newerSamples")
    void theNewerSamplesMatch(String sample) throws Exception {
        assertOnnxMatchesEngine(TestModels.sample(sample), 14);
    }

    @Test
    void transposedDepthwiseUpSampledPaddedAndMultipliedImagesMatch() throws Exception {
        assertOnnxMatchesEngine(TestNetworks.imageKinds(), 15);
    }

    @Test
    void convolutionsAndRecurrentLayersOverSequencesMatch() throws Exception {
        assertOnnxMatchesEngine(TestNetworks.sequenceKinds(), 16);
    }

    @Test
    void embeddingsPositionsAndCausalAttentionMatch() throws Exception {
        assertOnnxMatchesEngine(TestNetworks.tokenKinds(), 17);
    }

    @Test
    void aSigmoidHeadGivesOneMinusPThenPAndARegressionItsValues() throws Exception {
        assertOnnxMatchesEngine(TestModels.withHead("spiral-mlp", "dense_3", 1, "binary_cross_entropy"), 18);
        assertOnnxMatchesEngine(TestModels.withHead("iris-mlp", "dense_2", 2, "mean_absolute_error"), 19);
        ModelProto model = OnnxExport.model(TestModels.randomBundle(TestModels.sample("autoencoder"), 1));
        assertEquals("values", model.getGraph().getOutput(0).getName());
        assertEquals(List.of(28L, 28L, 1L), model.getGraph().getOutput(0).getType().getTensorType().getShape().getDimList().stream()
                .skip(1).map(d -> d.getDimValue()).toList());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleRunsInOnnxRuntimeWithTheEnginesProbabilities(String sample) throws Exception {
        assertOnnxMatchesEngine(TestModels.sample(sample), 11);
    }

    @Test
    void aResidualBranchingCnnWithEveryKindOfLayerMatches() throws Exception {
        assertOnnxMatchesEngine(TestNetworks.residualCnn(), 12);
    }

    @Test
    void aSequenceShapedInputMatches() throws Exception {
        assertOnnxMatchesEngine(TestNetworks.sequence(), 13);
    }

    @Test
    void nodesCarryTheCanvasNamesAndTheGraphTakesNhwcWithADynamicBatch() throws Exception {
        ModelProto model = OnnxExport.model(TestModels.randomBundle(TestModels.sample("digits-cnn"), 1));
        Set<String> nodes = model.getGraph().getNodeList().stream().map(NodeProto::getName).collect(Collectors.toSet());
        assertTrue(nodes.containsAll(List.of("input_1/shift", "input_1/scale", "conv2d_1", "conv2d_1/relu", "maxpool2d_1",
                "flatten_1", "dense_1", "dense_1/relu", "dense_2", "output_1")), nodes.toString());
        assertEquals("input_1", model.getGraph().getInput(0).getName());
        assertEquals("N", model.getGraph().getInput(0).getType().getTensorType().getShape().getDim(0).getDimParam());
        assertEquals(List.of(8L, 8L, 1L), model.getGraph().getInput(0).getType().getTensorType().getShape().getDimList().stream()
                .skip(1).map(d -> d.getDimValue()).toList());
        assertEquals("probabilities", model.getGraph().getOutput(0).getName());
        assertEquals(2, model.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Transpose")).count(),
                "one transpose into the convolution stack and one out of it");
        assertEquals(17, model.getOpsetImport(0).getVersion());
    }

    @Test
    void writingGoesToTheFileAtomically() throws Exception {
        Path file = dir.resolve("iris.onnx");
        OnnxExport.write(TestModels.randomBundle(TestModels.sample("iris-mlp"), 2), file);
        assertTrue(Files.size(file) > 100);
        assertEquals(List.of("iris.onnx"), List.of(dir.toFile().list()));
    }

    @Test
    void aLayerKindTheExportCannotTranslateIsNamed() throws Exception {
        LayerKind lstm = new LayerKind() {
            public String id() {
                return "LSTM";
            }
            public String group() {
                return "Recurrent";
            }
            public String explanation() {
                return "";
            }
            public String formula() {
                return "";
            }
            public List<SettingSpec> settings() {
                return List.of();
            }
            public Shape outputShape(LayerNode node, List<Shape> inputs) {
                return inputs.get(0);
            }
        };
        CommandStack stack = new CommandStack(TestModels.sample("spiral-mlp"));
        stack.execute(new AddLayer(stack.project().graph(), lstm, 0, 0, "dense_1"));
        stack.execute(new DeleteElements(List.of(), List.of(new Edge("dense_1", "dense_2"))));
        stack.execute(new Connect("lstm_1", "dense_2"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> LayerPlan.of(stack.project(), "ONNX"));
        assertEquals("Layer lstm_1 is a LSTM layer, which the ONNX export does not support yet: export the model bundle instead, "
                + "or replace the layer.", e.getMessage());
    }
}
