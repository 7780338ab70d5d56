package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;

/** Normalises the features of each sample on its own, then rescales them with learned gamma and beta. */
public final class LayerNormKind extends BaseKind {

    public static final String EPSILON = "epsilon";

    public LayerNormKind() {
        super("LayerNorm", "Normalisation",
                "Shifts and scales the features of each sample (at each step of a sequence) to zero mean and unit variance, then applies a learned scale and offset; it does not depend on the batch, which suits transformers and recurrent networks.",
                "y = gamma · (x - mean(x)) / sqrt(var(x) + epsilon) + beta, over the last axis",
                SettingSpec.decimal(EPSILON, 0.001, 1e-9, 1, "Added to the variance so that it never divides by zero."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) {
        return inputs.get(0);
    }

    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        Shape in = inputs.get(0);
        return 2L * in.dim(in.rank() - 1);
    }

    /** The mean, the variance, the normalising and the scale-and-shift: about four per value. */
    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        return 4 * output.size();
    }
}
