package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.engine.Activation;
import org.neurocanvas.engine.ActivationFunction;

/** Every activation the engine has, including those the catalogue does not offer yet, exports to the engine's values. */
class OnnxActivationsTest {

    @ParameterizedTest
    @EnumSource(ActivationFunction.class)
    void onnxRuntimeComputesWhatTheEngineComputes(ActivationFunction f) throws Exception {
        float[][] x = TestModels.samples(9, 7, f.ordinal());
        for (float[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j] * 4 - 2; // both sides of zero, where the functions bend
            }
        }
        OnnxGraph graph = new OnnxGraph();
        graph.input("x", new int[] {7});
        OnnxActivations.emit(graph, "act", "y", f, "x");
        graph.output("y", new int[] {7});
        ModelProto model = ModelProto.newBuilder().setIrVersion(7)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(OnnxExport.OPSET)).setGraph(graph.build("g", "")).build();
        float[][] onnx = OnnxRuntimeRunner.run(model.toByteArray(), x, new int[] {7});
        INDArray engine = new Activation(f).forward(new INDArray[] {Nd4j.create(x)}, false);
        double difference = TestModels.maxDifference(engine.toFloatMatrix(), onnx);
        assertTrue(difference <= 1e-6, f + " differs by " + difference);
    }
}
