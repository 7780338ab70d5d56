package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/**
 * Self-attention with several heads, as in a transformer encoder: queries, keys and values are
 * projections of the same sequence, each head works on features / heads of them, and an output
 * projection joins the heads.
 */
public final class MultiHeadAttentionKind extends BaseKind {

    public static final String HEADS = "heads";
    public static final String CAUSAL = "causal";

    public MultiHeadAttentionKind() {
        super("MultiHeadAttention", "Attention",
                "Lets every step look at every other step: each head compares this step's query with the keys of all steps, turns the scores into weights with softmax and sums the steps' values with those weights.",
                "head_i = softmax(Q_i K_iᵀ / sqrt(d / heads) + mask) V_i,  Q = xW_q, K = xW_k, V = xW_v;  y = [head_1, ..., head_h] W_o",
                SettingSpec.integer(HEADS, 4, 1, 64, "Number of heads; each attends on its own, with features / heads of the features."),
                SettingSpec.flag(CAUSAL, false, "When on, a step sees only itself and earlier steps, as a model that predicts the next step must."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = requireSequence(node.id(), inputs.get(0), "features");
        int d = in.dim(1);
        int heads = node.intSetting(HEADS);
        if (d % heads != 0) {
            throw new ShapeException(node.id() + " shares its " + d + " features among " + heads + " heads, but " + d + " is not divisible by "
                    + heads + ": use " + heads(nearestDivisor(d, heads)) + ", or give it " + (d / heads + 1) * heads + " features.");
        }
        return in;
    }

    private static String heads(int n) {
        return n + (n == 1 ? " head" : " heads");
    }

    /** The number of heads closest to the wanted one that divides the features evenly. */
    private static int nearestDivisor(int features, int wanted) {
        for (int delta = 1; ; delta++) {
            if (wanted - delta >= 1 && features % (wanted - delta) == 0) {
                return wanted - delta;
            }
            if (wanted + delta <= features && features % (wanted + delta) == 0) {
                return wanted + delta;
            }
        }
    }

    /** Query, key, value and output projections, each a d x d matrix and a bias. */
    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        long d = inputs.get(0).dim(1);
        return 4 * (d * d + d);
    }

    /** The four projections at every step, then the scores and the weighted sums over every pair of steps. */
    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        long t = inputs.get(0).dim(0);
        long d = inputs.get(0).dim(1);
        return 4 * t * d * d + 2 * t * t * d;
    }
}
