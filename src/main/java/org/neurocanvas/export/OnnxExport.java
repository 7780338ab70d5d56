package org.neurocanvas.export;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurocanvas.data.Scaling;

/**
 * Writes a model as an ONNX file (opset 17) that ONNX Runtime, and any other ONNX tool, runs with
 * the same answers as NeuroCanvas. Every layer kind of the catalogue translates: recurrent layers
 * become ONNX's LSTM, GRU and RNN operators, self-attention MatMul, Softmax and friends.
 *
 * <p>The graph takes raw samples, as in the training data, in NeuroCanvas's layout: images NHWC
 * ({@code [N, height, width, channels]}), sequences {@code [N, steps, features]} (token ids as
 * floats for an Embedding), vectors {@code [N, features]}, with a symbolic batch {@code N}. The
 * scaling comes first as Sub and Mul nodes; convolution stacks run in ONNX's NCHW between a
 * Transpose in and a Transpose out, so Flatten keeps NeuroCanvas's order. The single output is
 * the head of the Output layer's loss: {@code probabilities}, {@code [N, classes]}, after a Softmax
 * (or [1 - p, p] after a Sigmoid for one binary cross-entropy logit), or for a regression or
 * reconstruction {@code values}, the network's output as it is. Nodes are named after the canvas
 * layers, and the class names are in the metadata under {@code classes}.
 */
public final class OnnxExport {

    /** The ONNX operator set the files use: 17 brings LayerNormalization. */
    public static final int OPSET = 17;
    /** The IR version that goes with opset 17. */
    private static final int IR_VERSION = 8;

    private OnnxExport() {
    }

    /**
     * Writes the bundle's network to {@code file}, atomically.
     *
     * @throws ModelFileException naming the first layer that cannot be exported (before anything is
     *                            written), or the file that cannot be written
     */
    public static void write(ModelBundle bundle, Path file) throws ModelFileException {
        ModelProto model = model(bundle);
        AtomicFiles.write(file, "ONNX model", model::writeTo);
    }

    /**
     * The bundle's network as an ONNX model in memory.
     *
     * @throws ModelFileException naming the first layer that cannot be exported
     */
    public static ModelProto model(ModelBundle bundle) throws ModelFileException {
        OnnxGraph graph = OnnxNetwork.translate(bundle);
        String name = bundle.project().name();
        String input = "raw samples of shape [N, " + String.join(", ", Arrays.stream(bundle.inputShape().dims()).mapToObj(String::valueOf).toList())
                + "]" + (bundle.inputShape().rank() == 3 ? " (NHWC)" : "")
                + (bundle.scaler().scaling() == Scaling.NONE ? "" : ", scaled inside the graph");
        String output = bundle.head().isClassifier()
                ? "'" + OnnxNetwork.PROBABILITIES + "': [N, " + bundle.classNames().size() + "] class probabilities in the order of the 'classes' metadata"
                : "'" + OnnxNetwork.VALUES + "': [N, " + bundle.outputShape().text().replace("x", ", ") + "] predicted values";
        String doc = "NeuroCanvas model '" + name + "'. Input: " + input + ". Output " + output + ".";
        return ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setProducerName("NeuroCanvas")
                .setProducerVersion(bundle.writtenBy())
                .setDocString(doc)
                .setGraph(graph.build(name, doc))
                .addMetadataProps(property("classes", json(bundle)))
                .addMetadataProps(property("created", bundle.created()))
                .build();
    }

    private static StringStringEntryProto property(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }

    private static String json(ModelBundle bundle) {
        try {
            return BundleManifest.JSON.writer().withoutFeatures(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(bundle.classNames());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings always converts to JSON", e);
        }
    }
}
