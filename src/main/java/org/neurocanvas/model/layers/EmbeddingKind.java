package org.neurocanvas.model.layers;

import java.util.List;
import java.util.Map;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** Turns token ids into learned vectors: a table with one row per token of the vocabulary. */
public final class EmbeddingKind extends BaseKind {

    public static final String VOCABULARY = "vocabulary";
    public static final String DIMENSION = "dimension";

    public EmbeddingKind() {
        super("Embedding", "Core",
                "Looks up a learned vector for each token id, so that words or symbols become points whose closeness the network learns; every id must be a whole number below the vocabulary size.",
                "y[t] = E[x[t]],  E a table of vocabulary x dimension weights",
                SettingSpec.integer(VOCABULARY, 1000, 2, 1_000_000, "Number of different tokens; ids run from 0 to vocabulary - 1."),
                SettingSpec.integer(DIMENSION, 32, 1, 4096, "Length of the vector that stands for each token."));
    }

    /** As many rows as the data's token ids need, so a new table has no rows that never train. */
    @Override
    public Map<String, Object> settingsFor(DataSpec data) {
        return data.tokenVocabulary() > 0 ? Map.of(VOCABULARY, data.tokenVocabulary()) : Map.of();
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = inputs.get(0);
        if (in.rank() != 1) {
            throw new ShapeException(node.id() + " expects a sequence of token ids (None, steps) but receives " + in
                    + (in.rank() == 2 && in.dim(1) == 1 ? ": set the Input shape to the steps alone, such as " + in.dim(0) + "." : "."));
        }
        return new Shape(in.dim(0), node.intSetting(DIMENSION));
    }

    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        return (long) node.intSetting(VOCABULARY) * node.intSetting(DIMENSION);
    }
}
