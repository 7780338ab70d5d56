package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;

/** An element-wise non-linearity as a layer of its own. */
public final class ActivationKind extends BaseKind {

    public static final String FUNCTION = "function";
    /** The activation functions the engine provides, by their ids in project files. */
    public static final List<String> FUNCTIONS = List.of("linear", "relu", "tanh", "sigmoid", "leaky_relu", "elu", "gelu",
            "silu", "softmax");

    public ActivationKind() {
        super("Activation", "Activation",
                "Applies a non-linear function to every value; without one, stacked layers collapse into a single linear map.",
                "relu(x) = max(0, x);  tanh(x);  sigmoid(x) = 1 / (1 + e^-x);  leaky_relu(x) = max(0.2x, x);  silu(x) = x · sigmoid(x)",
                SettingSpec.choice(FUNCTION, "relu", FUNCTIONS, "The function applied to each value."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) {
        return inputs.get(0);
    }
}
