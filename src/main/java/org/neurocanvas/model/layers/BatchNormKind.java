package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;

/** Normalises each channel over the batch, then rescales it with learned gamma and beta. */
public final class BatchNormKind extends BaseKind {

    public static final String MOMENTUM = "momentum";
    public static final String EPSILON = "epsilon";

    public BatchNormKind() {
        super("BatchNorm", "Normalisation",
                "Shifts and scales each channel to zero mean and unit variance over the batch, then applies a learned scale and offset; it lets deeper networks train faster. At prediction time it uses running averages.",
                "y = gamma · (x - mean) / sqrt(var + epsilon) + beta",
                SettingSpec.decimal(MOMENTUM, 0.99, 0, 0.9999, "How slowly the running mean and variance follow each batch."),
                SettingSpec.decimal(EPSILON, 0.001, 1e-9, 1, "Added to the variance so that it never divides by zero."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) {
        return inputs.get(0);
    }

    private static long channels(List<Shape> inputs) {
        Shape in = inputs.get(0);
        return in.dim(in.rank() - 1);
    }

    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        return 2 * channels(inputs);
    }

    @Override
    public long nonTrainableCount(LayerNode node, List<Shape> inputs) {
        return 2 * channels(inputs);
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        return 2 * output.size();
    }
}
