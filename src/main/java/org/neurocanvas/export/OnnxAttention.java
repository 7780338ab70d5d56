package org.neurocanvas.export;

import static org.neurocanvas.export.OnnxGraph.integer;
import static org.neurocanvas.export.OnnxGraph.ints;

import ai.onnx.proto.OnnxMl.AttributeProto;
import java.util.List;
import org.neurocanvas.model.layers.MultiHeadAttentionKind;

/**
 * Multi-head self-attention in ONNX operators of opset 17, as the engine computes it: the four
 * projections as MatMul and Add with the engine's [d, d] kernels, the heads split by Reshape and
 * Transpose (head j takes columns j k .. (j + 1) k), scaled scores, a causal mask added as a
 * constant, Softmax over the keys, and the heads joined again before the output projection.
 */
final class OnnxAttention {

    /** What the engine adds to the scores of future steps: exp of it is exactly zero in float32. */
    private static final float MASKED = -1e9f;

    private OnnxAttention() {
    }

    /** Adds the layer reading {@code x}, [N, steps, d]; its value, named after the layer, is [N, steps, d]. */
    static String emit(OnnxGraph graph, ModelBundle bundle, LayerPlan.Step step, String x) {
        String id = step.id();
        int steps = step.in().dim(0);
        int d = step.in().dim(1);
        int heads = step.setting(MultiHeadAttentionKind.HEADS);
        int k = d / heads;
        String split = graph.longs(id + "/heads_shape", 0, 0, heads, k);
        String q = heads(graph, bundle, id, x, "q", split, ints("perm", 0, 2, 1, 3));
        String keys = heads(graph, bundle, id, x, "k", split, ints("perm", 0, 2, 3, 1));
        String v = heads(graph, bundle, id, x, "v", split, ints("perm", 0, 2, 1, 3));
        String products = graph.node("MatMul", id + "/scores", id + "/scores", List.of(q, keys));
        String scores = graph.node("Mul", id + "/scale", id + "/scaled_scores",
                List.of(products, graph.scalar(id + "/inverse_sqrt_key_size", (float) (1 / Math.sqrt(k)))));
        if (step.flag(MultiHeadAttentionKind.CAUSAL)) {
            float[] mask = new float[steps * steps];
            for (int i = 0; i < steps; i++) {
                for (int j = i + 1; j < steps; j++) {
                    mask[i * steps + j] = MASKED;
                }
            }
            scores = graph.node("Add", id + "/causal", id + "/masked_scores",
                    List.of(scores, graph.initializer(id + "/causal_mask", new long[] {steps, steps}, mask)));
        }
        String weights = graph.node("Softmax", id + "/softmax", id + "/attention", List.of(scores), integer("axis", -1));
        String perHead = graph.node("MatMul", id + "/weighted_values", id + "/head_outputs", List.of(weights, v));
        String stepMajor = graph.node("Transpose", id + "/join_heads", id + "/step_major", List.of(perHead), ints("perm", 0, 2, 1, 3));
        String joined = graph.node("Reshape", id + "/concatenate_heads", id + "/concatenated",
                List.of(stepMajor, graph.longs(id + "/joined_shape", 0, 0, d)));
        return project(graph, bundle, id, joined, "o", id);
    }

    /** One projection split into heads: x W + b as [N, steps, heads, k], transposed by {@code perm}. */
    private static String heads(OnnxGraph graph, ModelBundle bundle, String id, String x, String which, String split,
                                AttributeProto perm) {
        String projected = project(graph, bundle, id, x, which, id + "/" + which);
        String reshaped = graph.node("Reshape", id + "/" + which + "_split", id + "/" + which + "_split", List.of(projected, split));
        return graph.node("Transpose", id + "/" + which + "_heads", id + "/" + which + "_heads", List.of(reshaped), perm);
    }

    /** x W + b with the engine's {@code W<which>} and {@code b<which>}. */
    private static String project(OnnxGraph graph, ModelBundle bundle, String id, String x, String which, String output) {
        String product = graph.node("MatMul", output + "/matmul", output + "/product",
                List.of(x, graph.initializer(bundle.tensors().get(id + "/W" + which))));
        return graph.node("Add", output, output, List.of(product, graph.initializer(bundle.tensors().get(id + "/b" + which))));
    }
}
