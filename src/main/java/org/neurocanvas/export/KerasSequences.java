package org.neurocanvas.export;

import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.layers.EmbeddingKind;
import org.neurocanvas.model.layers.MultiHeadAttentionKind;
import org.neurocanvas.model.layers.PositionalEncodingKind;
import org.neurocanvas.model.layers.RecurrentKind;

/**
 * The sequence layers of the generated Keras module: Embedding, the module's own
 * PositionalEncoding layer, MultiHeadAttention called on one sequence as query, key and value, and
 * LSTM, GRU and SimpleRNN, wrapped in Bidirectional when they read both ways. Their weights come
 * from the Python helpers here (see {@link KerasWeights}).
 */
final class KerasSequences {

    /** The module's layer for positional encodings: a [steps, dimension] table added to every sequence. */
    static final String POSITIONAL_ENCODING_LAYER = """


            @keras.saving.register_keras_serializable(package="neurocanvas")
            class PositionalEncoding(layers.Layer):
                \"\"\"Adds row s of a [steps, dimension] table to step s of a sequence: fixed sines and cosines, or a learned table.\"\"\"

                def __init__(self, steps, dimension, learned, **kwargs):
                    super().__init__(**kwargs)
                    self.steps, self.dimension, self.learned = steps, dimension, learned
                    self.table = self.add_weight(shape=(steps, dimension), initializer="glorot_uniform" if learned else "zeros",
                                                 trainable=learned, name="table")
                    if not learned:
                        self.table.assign(sinusoidal_positions(steps, dimension))

                def call(self, x):
                    return x + self.table

                def get_config(self):
                    return {**super().get_config(), "steps": self.steps, "dimension": self.dimension, "learned": self.learned}


            def sinusoidal_positions(steps, dimension):
                \"\"\"sin and cos of step / 10000^(2i / dimension), interleaved per feature pair, as NeuroCanvas (and KerasNLP) compute them.\"\"\"
                step = np.arange(steps, dtype=np.float64)[:, None]
                feature = np.arange(dimension)
                angle = step / np.power(10000.0, (feature - feature % 2) / dimension)
                return np.where(feature % 2 == 0, np.sin(angle), np.cos(angle)).astype(np.float32)
            """;

    /** Reorders a GRU's gates and stacks its two biases. */
    static final String GRU_WEIGHTS = """


            def gru_weights(arrays, prefix):
                \"\"\"A GRU's kernel, recurrent kernel and bias as Keras holds them: the gates in Keras's order z, r, n (NeuroCanvas
                keeps PyTorch's r, z, n), and the input and recurrent biases as the two rows of one [2, 3 units] array.\"\"\"

                def keras_order(w):
                    r, z, n = np.split(w, 3, axis=-1)
                    return np.concatenate([z, r, n], axis=-1)

                return [keras_order(arrays[prefix + "/W"]), keras_order(arrays[prefix + "/U"]),
                        np.stack([keras_order(arrays[prefix + "/b"]), keras_order(arrays[prefix + "/recurrent_b"])])]
            """;

    /** Splits self-attention's [d, d] projections by head. */
    static final String ATTENTION_WEIGHTS = """


            def attention_weights(arrays, prefix, heads):
                \"\"\"Self-attention's projections as Keras's MultiHeadAttention holds them: the query, key and value kernels
                [d, heads, d / heads] and biases [heads, d / heads], then the output kernel [heads, d / heads, d] and bias [d].
                NeuroCanvas's [d, d] kernels hold head j in columns (rows, for the output) j d / heads onwards.\"\"\"
                d = arrays[prefix + "/Wq"].shape[0]
                weights = []
                for projection in "qkv":
                    weights += [arrays[prefix + "/W" + projection].reshape(d, heads, d // heads),
                                arrays[prefix + "/b" + projection].reshape(heads, d // heads)]
                return weights + [arrays[prefix + "/Wo"].reshape(heads, d // heads, d), arrays[prefix + "/bo"]]
            """;

    /** Whether the module needs its PositionalEncoding layer, the GRU helper, the attention helper. */
    boolean usesPositions;
    boolean usesGru;
    boolean usesAttention;

    /**
     * The right-hand side of the line that applies an Embedding, PositionalEncoding,
     * MultiHeadAttention or recurrent layer to {@code x}: the Keras layer and its call.
     */
    String layer(LayerPlan.Step step, String id, String x) {
        LayerKind kind = step.kind();
        if (kind == Catalog.EMBEDDING) {
            // Keras's Embedding casts the float ids of the Input to integers itself.
            return "layers.Embedding(" + step.setting(EmbeddingKind.VOCABULARY) + ", " + step.setting(EmbeddingKind.DIMENSION) + ", "
                    + KerasModel.name(id) + ")(" + x + ")";
        } else if (kind == Catalog.POSITIONAL_ENCODING) {
            usesPositions = true;
            boolean learned = PositionalEncodingKind.LEARNED.equals(step.text(PositionalEncodingKind.TYPE));
            return "PositionalEncoding(" + step.in().dim(0) + ", " + step.in().dim(1) + ", learned=" + (learned ? "True" : "False") + ", "
                    + KerasModel.name(id) + ")(" + x + ")";
        } else if (kind == Catalog.MULTI_HEAD_ATTENTION) {
            usesAttention = true;
            int heads = step.setting(MultiHeadAttentionKind.HEADS);
            return "layers.MultiHeadAttention(num_heads=" + heads + ", key_dim=" + step.in().dim(1) / heads + ", " + KerasModel.name(id)
                    + ")(" + x + ", " + x + (step.flag(MultiHeadAttentionKind.CAUSAL) ? ", use_causal_mask=True" : "") + ")";
        }
        return recurrent(step, id) + "(" + x + ")";
    }

    /** An LSTM, GRU or SimpleRNN layer; both ways, Bidirectional's forward and backward copies of it, outputs side by side. */
    private String recurrent(LayerPlan.Step step, String id) {
        LayerKind kind = step.kind();
        if (kind == Catalog.GRU) {
            usesGru = true;
        }
        String layer = "layers." + (kind == Catalog.LSTM ? "LSTM" : kind == Catalog.GRU ? "GRU" : "SimpleRNN") + "("
                + step.setting(RecurrentKind.UNITS) + (RecurrentKind.SEQUENCE.equals(step.text(RecurrentKind.RETURNS)) ? ", return_sequences=True" : "")
                + (kind == Catalog.GRU ? ", reset_after=True" : "");
        if (step.flag(RecurrentKind.BIDIRECTIONAL)) {
            return "layers.Bidirectional(" + layer + "), merge_mode=\"concat\", " + KerasModel.name(id) + ")";
        }
        return layer + ", " + KerasModel.name(id) + ")";
    }
}
