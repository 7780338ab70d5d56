package org.neurocanvas.export;

import java.util.List;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.layers.EmbeddingKind;
import org.neurocanvas.model.layers.MultiHeadAttentionKind;
import org.neurocanvas.model.layers.PositionalEncodingKind;
import org.neurocanvas.model.layers.RecurrentKind;

/**
 * The sequence layers of the generated nn.Module, all batch first: nn.Embedding, positional
 * tables, nn.MultiheadAttention and nn.LSTM, nn.GRU and nn.RNN, one or both directions. The
 * engine's kernels [in, gates x units] are PyTorch's weights transposed, with the gates already in
 * PyTorch's order (LSTM i, f, g, o; GRU r, z, n); the engine's LSTM and SimpleRNN have one bias,
 * so PyTorch's second one is zero. nn.MultiheadAttention packs the three input projections as
 * {@code in_proj_weight} [3 d, d], the engine's Wq, Wk and Wv transposed and stacked.
 */
final class PyTorchSequences {

    /** The Python helper that builds the engine's sinusoidal table, in float64 and then float32 as the engine does. */
    static final String SINUSOIDAL_POSITIONS = """


            def sinusoidal_positions(steps, dimension):
                \"\"\"sin and cos of step / 10000^(2i / dimension), interleaved per feature pair, as NeuroCanvas (and KerasNLP) compute them.\"\"\"
                step = np.arange(steps, dtype=np.float64)[:, None]
                feature = np.arange(dimension)
                angle = step / np.power(10000.0, (feature - feature % 2) / dimension)
                return torch.from_numpy(np.where(feature % 2 == 0, np.sin(angle), np.cos(angle)).astype(np.float32))
            """;

    private final PyTorchModule module;

    PyTorchSequences(PyTorchModule module) {
        this.module = module;
    }

    /** The forward expression of an Embedding, PositionalEncoding, MultiHeadAttention or recurrent layer reading {@code x}. */
    String layer(LayerPlan.Step step, String id, String x) {
        LayerKind kind = step.kind();
        if (kind == Catalog.EMBEDDING) {
            module.init.add("self." + id + " = nn.Embedding(" + step.setting(EmbeddingKind.VOCABULARY) + ", "
                    + step.setting(EmbeddingKind.DIMENSION) + ")");
            module.state(id + ".weight", step.id() + "/embeddings", "", null);
            return "self." + id + "(" + x + ".round().long())  # token ids arrive as floats";
        } else if (kind == Catalog.POSITIONAL_ENCODING) {
            int steps = step.in().dim(0);
            int dimension = step.in().dim(1);
            if (PositionalEncodingKind.LEARNED.equals(step.text(PositionalEncodingKind.TYPE))) {
                module.init.add("self." + id + " = nn.Parameter(torch.zeros(" + steps + ", " + dimension + "))");
                module.state(id, step.id() + "/embeddings", "", null);
            } else {
                module.usesSinusoidalPositions = true;
                module.init.add("self.register_buffer(\"" + id + "\", sinusoidal_positions(" + steps + ", " + dimension + "), persistent=False)");
            }
            return x + " + self." + id;
        } else if (kind == Catalog.MULTI_HEAD_ATTENTION) {
            return attention(step, id, x);
        }
        return recurrent(step, id, x);
    }

    private String attention(LayerPlan.Step step, String id, String x) {
        int steps = step.in().dim(0);
        String w = "arrays[\"" + step.id() + "/W";
        String b = "arrays[\"" + step.id() + "/b";
        module.init.add("self." + id + " = nn.MultiheadAttention(" + step.in().dim(1) + ", " + step.setting(MultiHeadAttentionKind.HEADS)
                + ", batch_first=True)");
        module.stateDict.add("\"" + id + ".in_proj_weight\": np.concatenate([" + w + "q\"].T, " + w + "k\"].T, " + w + "v\"].T]),"
                + "  # Wq, Wk, Wv [d, d], transposed and stacked");
        module.stateDict.add("\"" + id + ".in_proj_bias\": np.concatenate([" + b + "q\"], " + b + "k\"], " + b + "v\"]]),");
        module.state(id + ".out_proj.weight", step.id() + "/Wo", ".T", "[d, d] -> [out, in]");
        module.state(id + ".out_proj.bias", step.id() + "/bo", "", null);
        String mask = "";
        if (step.flag(MultiHeadAttentionKind.CAUSAL)) {
            String name = module.names.of(id + "_mask");
            module.init.add("self.register_buffer(\"" + name + "\", torch.triu(torch.ones(" + steps + ", " + steps
                    + ", dtype=torch.bool), diagonal=1), persistent=False)  # each step sees only itself and earlier steps");
            mask = ", attn_mask=self." + name;
        }
        return "self." + id + "(" + x + ", " + x + ", " + x + ", need_weights=False" + mask + ")[0]";
    }

    private String recurrent(LayerPlan.Step step, String id, String x) {
        LayerKind kind = step.kind();
        boolean bidirectional = step.flag(RecurrentKind.BIDIRECTIONAL);
        String layer = kind == Catalog.LSTM ? "LSTM" : kind == Catalog.GRU ? "GRU" : "RNN";
        module.init.add("self." + id + " = nn." + layer + "(" + step.in().dim(1) + ", " + step.setting(RecurrentKind.UNITS)
                + ", batch_first=True" + (bidirectional ? ", bidirectional=True" : "") + ")");
        List<String> prefixes = bidirectional ? List.of(step.id() + "/forward", step.id() + "/backward") : List.of(step.id());
        for (String prefix : prefixes) {
            String suffix = prefix.endsWith("/backward") ? "_l0_reverse" : "_l0";
            module.state(id + ".weight_ih" + suffix, prefix + "/W", ".T", "[in, gates x units] -> [gates x units, in]");
            module.state(id + ".weight_hh" + suffix, prefix + "/U", ".T", null);
            module.state(id + ".bias_ih" + suffix, prefix + "/b", "", null);
            if (kind == Catalog.GRU) {
                module.state(id + ".bias_hh" + suffix, prefix + "/recurrent_b", "", null);
            } else {
                module.stateDict.add("\"" + id + ".bias_hh" + suffix + "\": np.zeros_like(arrays[\"" + prefix + "/b\"]),  # one bias in NeuroCanvas");
            }
        }
        if (RecurrentKind.SEQUENCE.equals(step.text(RecurrentKind.RETURNS))) {
            return "self." + id + "(" + x + ")[0]";
        }
        // The last state of each direction, [directions, N, units], side by side as [N, directions x units].
        return "torch.cat(tuple(self." + id + "(" + x + ")[1]" + (kind == Catalog.LSTM ? "[0]" : "") + "), dim=1)";
    }
}
