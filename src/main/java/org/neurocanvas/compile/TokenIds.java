package org.neurocanvas.compile;

import java.util.List;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Split;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.layers.EmbeddingKind;

/**
 * Checks, before training, that an Embedding reading the samples straight from the Input gets token
 * ids its table has rows for. The analysis knows the token tasks' ids; whether a table holds ids, or
 * measurements fed to an Embedding by mistake, is known only once it is loaded, and the engine would
 * stop at the first bad id, or round measurements into ids and train on nonsense.
 */
final class TokenIds {

    private TokenIds() {
    }

    /** @throws CompileException naming the Embedding, what it found and what to change */
    static void check(Graph graph, LayerNode input, Split data, String source) throws CompileException {
        for (Edge e : graph.outgoing(input.id())) {
            LayerNode node = graph.node(e.to());
            if (node.kind() == Catalog.EMBEDDING) {
                check(node, List.of(data.train(), data.validation(), data.test()), source);
            }
        }
    }

    private static void check(LayerNode embedding, List<Dataset> parts, String source) throws CompileException {
        float highest = 0;
        for (Dataset part : parts) {
            for (int i = 0; i < part.size(); i++) {
                for (int j = 0; j < part.featureCount(); j++) {
                    float id = part.feature(i, j);
                    if (!(id >= 0 && id == Math.rint(id))) {
                        throw new CompileException(embedding.id() + " looks up token ids, whole numbers from 0 up, but the data set '"
                                + source + "' holds " + id + ": an Embedding reads token data, such as "
                                + String.join(" or ", DataSpec.TOKEN_SEQUENCES) + ".");
                    }
                    highest = Math.max(highest, id);
                }
            }
        }
        int vocabulary = embedding.intSetting(EmbeddingKind.VOCABULARY);
        if (highest >= vocabulary) {
            throw new CompileException(embedding.id() + "'s vocabulary is " + vocabulary + ", but the data set '" + source
                    + "' holds token ids up to " + (long) highest + ": set " + EmbeddingKind.VOCABULARY + " to at least "
                    + ((long) highest + 1) + ".");
        }
    }
}
