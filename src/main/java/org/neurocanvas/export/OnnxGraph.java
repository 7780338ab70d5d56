package org.neurocanvas.export;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/** Builds an ONNX graph: float32 inputs and outputs with a symbolic batch "N", initialisers and nodes. */
final class OnnxGraph {

    /** The name of the batch dimension in the exported inputs and outputs. */
    static final String BATCH = "N";

    private final GraphProto.Builder graph = GraphProto.newBuilder();

    /** Declares a graph input of shape [N, ...sample]. */
    void input(String name, int[] sample) {
        graph.addInput(valueInfo(name, sample));
    }

    /** Declares a graph output of shape [N, ...sample]. */
    void output(String name, int[] sample) {
        graph.addOutput(valueInfo(name, sample));
    }

    private static ValueInfoProto valueInfo(String name, int[] sample) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder().addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(BATCH));
        for (int d : sample) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        TypeProto type = TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape)).build();
        return ValueInfoProto.newBuilder().setName(name).setType(type).build();
    }

    /** Adds a constant float32 tensor, little-endian raw data as ONNX stores it; returns its name. */
    String initializer(String name, long[] dims, float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        graph.addInitializer(TensorProto.newBuilder().setName(name).addAllDims(Arrays.stream(dims).boxed().toList())
                .setDataType(TensorProto.DataType.FLOAT_VALUE).setRawData(ByteString.copyFrom(bytes.array())));
        return name;
    }

    /** Adds a bundle's tensor as it is, under its engine name; returns the name. */
    String initializer(Tensor t) {
        return initializer(t.name(), t.shape(), t.values());
    }

    /** Adds a constant int64 vector, such as a Reshape's shape or a Pad's pads; returns its name. */
    String longs(String name, long... values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asLongBuffer().put(values);
        graph.addInitializer(TensorProto.newBuilder().setName(name).addDims(values.length)
                .setDataType(TensorProto.DataType.INT64_VALUE).setRawData(ByteString.copyFrom(bytes.array())));
        return name;
    }

    /** Adds a float32 scalar constant. */
    String scalar(String name, float value) {
        return initializer(name, new long[0], new float[] {value});
    }

    /**
     * Adds a node.
     *
     * @param op     the ONNX operator, e.g. {@code Conv}
     * @param name   the node's name: the canvas layer's name, or the layer's name and a suffix
     * @param output the name of the tensor it produces
     * @param inputs the names of the tensors it reads
     * @return {@code output}
     */
    String node(String op, String name, String output, List<String> inputs, AttributeProto... attributes) {
        graph.addNode(NodeProto.newBuilder().setOpType(op).setName(name).addAllInput(inputs).addOutput(output)
                .addAllAttribute(List.of(attributes)));
        return output;
    }

    /**
     * Adds a node with several outputs, such as a recurrent layer's sequence and last state; an
     * empty name leaves an output unused.
     */
    void node(String op, String name, List<String> outputs, List<String> inputs, AttributeProto... attributes) {
        graph.addNode(NodeProto.newBuilder().setOpType(op).setName(name).addAllInput(inputs).addAllOutput(outputs)
                .addAllAttribute(List.of(attributes)));
    }

    static AttributeProto text(String name, String value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.STRING)
                .setS(ByteString.copyFromUtf8(value)).build();
    }

    static AttributeProto ints(String name, int... values) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS)
                .addAllInts(Arrays.stream(values).asLongStream().boxed().toList()).build();
    }

    static AttributeProto integer(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    static AttributeProto real(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
    }

    GraphProto build(String name, String doc) {
        return graph.setName(name).setDocString(doc).build();
    }
}
