package org.neurocanvas.export;

import static org.neurocanvas.export.OnnxGraph.integer;
import static org.neurocanvas.export.OnnxGraph.ints;
import static org.neurocanvas.export.OnnxGraph.text;

import ai.onnx.proto.OnnxMl.AttributeProto;
import java.util.ArrayList;
import java.util.List;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.layers.RecurrentKind;

/**
 * LSTM, GRU and SimpleRNN layers, one or both directions, as ONNX's LSTM, GRU and RNN operators.
 * ONNX wants time-major input, weights [directions, gates x units, in] with its own gate order
 * (LSTM i, o, f, c; GRU z, r, h) and the input and recurrent biases side by side; the engine keeps
 * Keras's kernels [in, gates x units] with gates i, f, c, o (LSTM) and r, z, n (GRU, PyTorch's
 * order). The engine's GRU applies the reset gate after the recurrent product, ONNX's {@code
 * linear_before_reset=1}. ONNX's reverse direction writes each step's state at its input step, as
 * the engine's Bidirectional does.
 */
final class OnnxRecurrent {

    private OnnxRecurrent() {
    }

    /**
     * Adds the layer reading {@code x}, [N, steps, features]; its value, named after the layer, is
     * [N, directions x units] for the last step or [N, steps, directions x units] for every step.
     */
    static String emit(OnnxGraph graph, ModelBundle bundle, LayerPlan.Step step, String x) {
        String id = step.id();
        LayerKind kind = step.kind();
        int units = step.setting(RecurrentKind.UNITS);
        int features = step.in().dim(1);
        List<String> directions = step.flag(RecurrentKind.BIDIRECTIONAL) ? List.of(id + "/forward", id + "/backward") : List.of(id);
        int[] order = kind == Catalog.LSTM ? new int[] {0, 3, 1, 2} : kind == Catalog.GRU ? new int[] {1, 0, 2} : new int[] {0};
        int gates = order.length;
        int d = directions.size();
        float[] w = new float[d * gates * units * features];
        float[] r = new float[d * gates * units * units];
        float[] b = new float[d * 2 * gates * units];
        for (int i = 0; i < d; i++) {
            String prefix = directions.get(i);
            reorder(bundle.tensors().get(prefix + "/W"), order, units, w, i * gates * units * features);
            reorder(bundle.tensors().get(prefix + "/U"), order, units, r, i * gates * units * units);
            biases(bundle.tensors().get(prefix + "/b").values(), order, units, b, i * 2 * gates * units);
            Tensor recurrentBias = bundle.tensors().get(prefix + "/recurrent_b");
            if (recurrentBias != null) {
                biases(recurrentBias.values(), order, units, b, (i * 2 + 1) * gates * units);
            }
        }
        String timeMajor = graph.node("Transpose", id + "/time_major", id + "/time_major", List.of(x), ints("perm", 1, 0, 2));
        List<String> inputs = List.of(timeMajor, graph.initializer(id + "/onnx_W", new long[] {d, (long) gates * units, features}, w),
                graph.initializer(id + "/onnx_R", new long[] {d, (long) gates * units, units}, r),
                graph.initializer(id + "/onnx_B", new long[] {d, 2L * gates * units}, b));
        List<AttributeProto> attributes = new ArrayList<>(List.of(integer("hidden_size", units),
                text("direction", d == 2 ? "bidirectional" : "forward")));
        if (kind == Catalog.GRU) {
            attributes.add(integer("linear_before_reset", 1));
        }
        String op = kind == Catalog.LSTM ? "LSTM" : kind == Catalog.GRU ? "GRU" : "RNN";
        boolean sequence = RecurrentKind.SEQUENCE.equals(step.text(RecurrentKind.RETURNS));
        // Y is [steps, directions, N, units], Y_h [directions, N, units]; both directions' features side by side, forward first.
        String states = id + (sequence ? "/Y" : "/Y_h");
        graph.node(op, id + "/" + op.toLowerCase(), sequence ? List.of(states) : List.of("", states), inputs,
                attributes.toArray(AttributeProto[]::new));
        String batchMajor = graph.node("Transpose", id + "/batch_major", id + "/batch_major", List.of(states),
                sequence ? ints("perm", 2, 0, 1, 3) : ints("perm", 1, 0, 2));
        String shape = sequence ? graph.longs(id + "/shape", 0, 0, (long) d * units) : graph.longs(id + "/shape", 0, (long) d * units);
        return graph.node("Reshape", id, id, List.of(batchMajor, shape));
    }

    /** A kernel [in, gates x units] in the engine's gate order as ONNX's [gates x units, in] in its own, into {@code out} at {@code at}. */
    private static void reorder(Tensor kernel, int[] order, int units, float[] out, int at) {
        int in = (int) kernel.shape()[0];
        int width = order.length * units;
        float[] v = kernel.values();
        for (int g = 0; g < order.length; g++) {
            for (int u = 0; u < units; u++) {
                for (int i = 0; i < in; i++) {
                    out[at + (g * units + u) * in + i] = v[i * width + order[g] * units + u];
                }
            }
        }
    }

    private static void biases(float[] bias, int[] order, int units, float[] out, int at) {
        for (int g = 0; g < order.length; g++) {
            System.arraycopy(bias, order[g] * units, out, at + g * units, units);
        }
    }
}
