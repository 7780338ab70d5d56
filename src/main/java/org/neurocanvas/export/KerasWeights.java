package org.neurocanvas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.layers.MultiHeadAttentionKind;
import org.neurocanvas.model.layers.PositionalEncodingKind;
import org.neurocanvas.model.layers.RecurrentKind;

/**
 * Which of a bundle's tensors a Keras layer takes, and the Python expression of its {@code
 * set_weights} list. The engine keeps most of Keras's own layouts, so those arrays go in as they
 * are: Dense kernel [in, units]; Conv2D kernel [kernel, kernel, in, filters]; Conv1D kernel
 * [kernel, in, filters]; Conv2DTranspose kernel [kernel, kernel, filters, in]; DepthwiseConv2D
 * kernel [kernel, kernel, channels, multiplier]; LSTM kernel [in, 4 units] and recurrent kernel
 * [units, 4 units] with the gates in Keras's order i, f, c, o (libnd4j's lstmLayer uses the same);
 * SimpleRNN kernel, recurrent kernel and bias; BatchNormalization gamma, beta, moving mean, moving
 * variance; LayerNormalization gamma, beta; Embedding's table [vocabulary, dimension]. Two kinds
 * go through a helper of the module: a GRU's gates are reordered and its biases stacked ({@code
 * gru_weights}), self-attention's [d, d] projections split by head ({@code attention_weights}). A
 * Bidirectional layer takes its forward layer's list, then its backward layer's.
 *
 * @param tensors the bundle's tensor names the layer takes; empty for a layer without trained weights
 * @param python  the expression of the layer's {@code set_weights} list, over the bundle's {@code arrays}; empty for a layer without weights
 * @param layout  what the arrays are, for a comment in the generated code
 */
record KerasWeights(List<String> tensors, String python, String layout) {

    private static final KerasWeights NONE = new KerasWeights(List.of(), "", "");

    /** Whether the layer has no weights to set. */
    boolean isEmpty() {
        return python.isEmpty();
    }

    /** The weights of the step's layer. */
    static KerasWeights of(LayerPlan.Step step) {
        String id = step.id();
        LayerKind kind = step.kind();
        if (kind == Catalog.DENSE) {
            return asTheyAre("kernel [in, units], bias", id + "/W", id + "/b");
        } else if (kind == Catalog.CONV2D) {
            return asTheyAre("kernel [kernel, kernel, in, filters], bias", id + "/W", id + "/b");
        } else if (kind == Catalog.CONV1D) {
            return asTheyAre("kernel [kernel, in, filters], bias", id + "/W", id + "/b");
        } else if (kind == Catalog.CONV2D_TRANSPOSE) {
            return asTheyAre("kernel [kernel, kernel, filters, in], bias", id + "/W", id + "/b");
        } else if (kind == Catalog.DEPTHWISE_CONV2D) {
            return asTheyAre("depthwise kernel [kernel, kernel, channels, multiplier], bias", id + "/W", id + "/b");
        } else if (kind == Catalog.BATCH_NORM) {
            return asTheyAre("gamma, beta, moving mean, moving variance", id + "/gamma", id + "/beta", id + "/moving_mean",
                    id + "/moving_variance");
        } else if (kind == Catalog.LAYER_NORM) {
            return asTheyAre("gamma, beta", id + "/gamma", id + "/beta");
        } else if (kind == Catalog.EMBEDDING) {
            return asTheyAre("table [vocabulary, dimension]", id + "/embeddings");
        } else if (kind == Catalog.POSITIONAL_ENCODING) {
            if (PositionalEncodingKind.LEARNED.equals(step.text(PositionalEncodingKind.TYPE))) {
                return asTheyAre("learned table [steps, dimension]", id + "/embeddings");
            }
            return new KerasWeights(List.of(), "[sinusoidal_positions(" + step.in().dim(0) + ", " + step.in().dim(1) + ")]",
                    "fixed sines and cosines");
        } else if (kind == Catalog.MULTI_HEAD_ATTENTION) {
            List<String> tensors = List.of("Wq", "bq", "Wk", "bk", "Wv", "bv", "Wo", "bo").stream().map(t -> id + "/" + t).toList();
            return new KerasWeights(tensors, "attention_weights(arrays, \"" + id + "\", " + step.setting(MultiHeadAttentionKind.HEADS) + ")",
                    "query, key, value, output");
        } else if (kind == Catalog.LSTM || kind == Catalog.GRU || kind == Catalog.SIMPLE_RNN) {
            return recurrent(step);
        }
        return NONE;
    }

    private static KerasWeights recurrent(LayerPlan.Step step) {
        boolean bidirectional = step.flag(RecurrentKind.BIDIRECTIONAL);
        List<String> prefixes = bidirectional ? List.of(step.id() + "/forward", step.id() + "/backward") : List.of(step.id());
        List<String> tensors = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        for (String prefix : prefixes) {
            if (step.kind() == Catalog.GRU) {
                tensors.addAll(List.of(prefix + "/W", prefix + "/U", prefix + "/b", prefix + "/recurrent_b"));
                lists.add("gru_weights(arrays, \"" + prefix + "\")");
            } else {
                List<String> own = List.of(prefix + "/W", prefix + "/U", prefix + "/b");
                tensors.addAll(own);
                lists.add(list(own));
            }
        }
        String layout = step.kind() == Catalog.LSTM ? "kernel [in, 4 units], recurrent kernel [units, 4 units], bias; gates i, f, c, o"
                : step.kind() == Catalog.GRU ? "kernel [in, 3 units], recurrent kernel [units, 3 units], bias [2, 3 units]; gates z, r, n"
                : "kernel [in, units], recurrent kernel [units, units], bias";
        return new KerasWeights(tensors, String.join(" + ", lists), (bidirectional ? "forward, then backward: " : "") + layout);
    }

    private static KerasWeights asTheyAre(String layout, String... tensors) {
        return new KerasWeights(List.of(tensors), list(List.of(tensors)), layout);
    }

    private static String list(List<String> tensors) {
        return tensors.stream().map(t -> "arrays[\"" + t + "\"]").collect(Collectors.joining(", ", "[", "]"));
    }
}
